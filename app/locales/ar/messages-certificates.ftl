# رسائل الخادم الخاصة بالشهادات: الرفض، والتحقق، وشروط الحصول على الشهادة.

## التحقق العلني
msg-certificate-too-many-lookups = عدد كبير جدًا من عمليات التحقق من الشهادات من اتصالك. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
msg-certificate-no-such-code = لا توجد شهادة بالرمز { $code }. تحقّق من الرمز المطبوع على الشهادة: يتكوّن من اثني عشر حرفًا ورقمًا.
msg-certificate-code-empty = أدخل رمز التحقق المطبوع على الشهادة.
# $length هو عدد أحرف الرمز (12).
msg-certificate-code-malformed = يتكوّن رمز التحقق من { $length } حرفًا ورقمًا، مثل 7KQM-9XDA-3HTW (ولا يحتوي أبدًا على 0 أو 1 أو I أو L أو O).

## الإصدار والإلغاء وتصحيح الأسماء
msg-certificate-withdrawn = انسحب هذا المشارك؛ أعِد تسجيله أولًا.
msg-certificate-already-issued = لدى { $name } شهادة لهذه الدفعة بالفعل.
msg-certificate-already-revoked = الشهادة { $code } ملغاة بالفعل.
msg-certificate-holder-only = لا يطلب تصحيح الاسم إلا صاحب الشهادة.
msg-certificate-same-name = هذا هو الاسم المطبوع على الشهادة حاليًا.
msg-certificate-correction-waiting = هناك طلب تصحيح لهذه الشهادة ينتظر بالفعل قرار أحد المسؤولين.
msg-certificate-choose-decision = اختر الموافقة أو الرفض.
msg-certificate-correction-decided = صدر القرار في هذا التصحيح من قبل.

## شروط الحصول على شهادة الدورة وموقف المشارك من كل منها
msg-certificate-rounds-invalid = أدخل عدد الجولات عددًا صحيحًا من 0 (دون مشاركة في مجموعة) إلى { $max }.
msg-certificate-rule-lessons = إتمام جميع الدروس
msg-certificate-lessons-completed = الدروس المكتملة: { $done } من { $total }
msg-certificate-rule-quizzes = اجتياز جميع الاختبارات
msg-certificate-no-quizzes = لا تتضمّن هذه الدورة اختبارات
msg-certificate-quizzes-passed = الاختبارات المجتازة: { $done } من { $total }
msg-certificate-rule-challenge = عرض تحدٍّ على مجموعتك
msg-certificate-challenges-presented = { $count ->
    [0] لم يُعرض أي تحدٍّ بعد
   *[other] مرات العرض: { $count }
}
msg-certificate-rule-rounds = { $count ->
    [one] النشر في جولة واحدة على الأقل من جولات مجموعتك
    [two] النشر في جولتين على الأقل من جولات مجموعتك
    [few] النشر في { $count } جولات على الأقل من جولات مجموعتك
   *[other] النشر في { $count } جولة على الأقل من جولات مجموعتك
}
msg-certificate-rounds-posted = الجولات التي نُشر فيها: { $count }
msg-certificate-rule-approval = موافقة المُيسِّر
msg-certificate-approved = تمّت الموافقة
msg-certificate-not-approved = لم تتمّ الموافقة بعد
msg-certificate-pdf-script = لا يستطيع ملف PDF بعد رسم الخط الذي كُتب به اسم هذه الشهادة أو عنوان المقرر. اطبع صفحة الشهادة بدلًا من ذلك (تتسع في صفحة A4 واحدة)؛ ويعرض رابط التحقق والاعتماد الموقَّع الاسم كما كُتب.
