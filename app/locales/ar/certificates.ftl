# الشهادات: حالة المشارك، والشهادة القابلة للطباعة، وشهادات الدفعة، وتصحيح الأسماء، والتحقق العلني.

## في صفحة الدورة لدى المشارك
certificate-heading = الشهادة
certificate-ready = لقد أتممت الدورة. شهادتك جاهزة.
certificate-open = افتح شهادتك
certificate-yours-revoked = أُلغيت شهادتك { $code }.
certificate-see-why = اعرف السبب
certificate-rules-intro = تحصل على شهادتك فور استيفائك جميع الشروط:
# تُقرأ قبل كل شرط.
certificate-rule-met = مُستوفى:
certificate-rule-open = لم يُستوفَ بعد:

## الشهادة القابلة للطباعة
certificate-title = الشهادة: { $course }
certificate-breadcrumb-home = الصفحة الرئيسية
certificate-revoked-on = أُلغيت هذه الشهادة في { $date }.
certificate-revoked-because = أُلغيت هذه الشهادة في { $date }: { $reason }.
certificate-of-completion = شهادة إتمام
certificate-certifies-that = نشهد بأنّ
certificate-has-completed = قد أتمّ الدورة
certificate-cohort-dates = الدفعة: { $dates }
certificate-issued-on = صدرت في { $date }
certificate-revoked = ملغاة
certificate-verification-code = رمز التحقق:
certificate-check-at = تحقّق منها على
certificate-keep-and-share = احتفظ بها وشاركها
certificate-download-pdf = تنزيل الشهادة (PDF)
certificate-pdf-script = لا يستطيع ملف PDF بعد رسم خط هذا الاسم: اطبع هذه الصفحة بدلًا منه (تتسع في صفحة A4 واحدة).
certificate-download-credential = تنزيل الاعتماد الموقَّع (JSON، Open Badges 3.0)
certificate-public-page = صفحة التحقق العلنية
# تأتي بعد شَرطة تلي الرابط إلى صفحة التحقق العلنية.
certificate-public-page-explained = يمكن لأي شخص لديه الرمز التحقق من الشهادة هناك.
certificate-print-hint = لطباعتها، استخدم أمر الطباعة في متصفحك: تتّسع لصفحة واحدة بحجم A4، بالاتجاه الأفقي.

## شهادات الدفعة، لفريقها
certificate-cohort-title = الشهادات: { $cohort }
certificate-notice-approved = تمّت الموافقة.
certificate-notice-issued = صدرت الشهادة.
certificate-notice-revoked = أُلغيت الشهادة.
certificate-cohort-summary = المشاركون الحاصلون على شهادة: { $certified } من { $total }.
certificate-column-rules = الشروط
certificate-rules-met = الشروط المستوفاة: { $met } من { $total }
certificate-approve-completion = الموافقة على الإتمام
# يقرؤها قارئ الشاشة بعد «الموافقة على الإتمام».
certificate-approve-completion-of = لـ{ $name }
certificate-completion-approved = تمّت الموافقة على الإتمام
certificate-revoked-on-date = أُلغيت في { $date }
certificate-issued-by-hand-on = صدرت يدويًا في { $date }
certificate-revoke = إلغاء
certificate-revoke-reason = سبب الإلغاء
certificate-revoke-code = إلغاء الشهادة { $code }
certificate-none-yet = لا شهادة بعد
certificate-issue-by-hand = إصدار يدوي
certificate-issue-note = ملاحظة للسجل
certificate-issue-to = إصدار شهادة لـ{ $name }

## تصحيح الأسماء
correction-request-sent = أُرسل طلبك. سيراجعه أحد المسؤولين.
correction-heading = تصحيحات الأسماء
correction-history-entry = { $date }: «{ $previous }» إلى «{ $requested }» — { $status }
correction-download-again = تحتفظ الشهادة المصحَّحة برمزها؛ أما التنزيلات السابقة فتحمل الاسم القديم، لذا نزّلها مرة أخرى.
correction-form-heading = هل اسمك غير صحيح؟
correction-form-explained = اطلب تصحيحًا. يراجعه أحد المسؤولين؛ وبعد الموافقة يُعاد إصدار الشهادة بالرمز نفسه.
correction-field-name = اسمك كما ينبغي أن يُطبع
correction-field-reason = سبب الحاجة إلى التصحيح
correction-field-reason-hint = مثلًا: خطأ إملائي، أو الاسم كما في جواز سفري.
correction-submit = اطلب تصحيحًا
correction-status-pending = بانتظار أحد المسؤولين
correction-status-approved = تمّت الموافقة
correction-status-refused = مرفوض
correction-notice-decided = صدر القرار. التصحيح الذي تمّت الموافقة عليه أعاد إصدار الشهادة بالرمز نفسه.
correction-none = لا توجد طلبات.
correction-names = «{ $previous }» ← «{ $requested }»
correction-asked = طُلب في { $date }، والسبب: { $reason }
correction-approve = الموافقة وإعادة الإصدار
# يقرؤها قارئ الشاشة بعد «الموافقة وإعادة الإصدار».
correction-approve-for = لـ{ $name }
correction-refuse = رفض
correction-refusal-reason = سبب الرفض (سيراه المشارك)
correction-refuse-submit = رفض التصحيح
# تلي القرار («تمّت الموافقة»، «مرفوض»).
correction-decided-on = في { $date }
correction-decision-note = : { $note }

## التحقق العلني
verify-title = التحقق من شهادة
verify-code = رمز التحقق
verify-code-hint = اثنا عشر حرفًا ورقمًا، مطبوعة على الشهادة، مثل 7KQM-9XDA-3HTW.
verify-submit = تحقّق من الشهادة
verify-certificate-title = الشهادة { $code }
verify-revoked = ملغاة
verify-revoked-explained = أُلغيت هذه الشهادة في { $date }. لم تعد صالحة.
verify-valid = شهادة صالحة
verify-valid-explained = أصدرت هذه المنصة هذه الشهادة ولم تُلغَ.
verify-name = الاسم
verify-course = الدورة
verify-cohort = الدفعة
verify-issued-on = تاريخ الإصدار
verify-name-corrected-on = تاريخ تصحيح الاسم
