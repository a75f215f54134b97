# الإدارة والتأليف: الدورات والوحدات والدروس والاختبارات والمستخدمون وسجل التدقيق.

## قائمة الدورات ودورة جديدة
admin-authoring = التأليف
admin-published = منشورة
admin-draft = مسودة
admin-new-course = دورة جديدة
admin-create-course = إنشاء الدورة

## بيانات الدورة
admin-title = العنوان
admin-slug = مُعرِّف الرابط
admin-slug-optional = مُعرِّف الرابط (اختياري)
admin-slug-hint = عنوان الدورة على الموقع: /courses/<المعرِّف>. يُشتقّ من العنوان إذا تُرك فارغًا.
admin-summary = الملخّص
admin-language = اللغة
admin-estimated-hours = المدة التقديرية (بالساعات)

## محرّر الدورة
admin-course-page-title = تعديل: { $title }
admin-saved = تم الحفظ.
admin-module-deleted = حُذفت الوحدة.
admin-rules-saved = حُفظت قواعد الشهادة. وقد حصل المشاركون الذين يستوفونها الآن على شهاداتهم.
admin-course-published = منشورة: تظهر في دليل الدورات.
admin-course-draft = مسودة: لا يراها إلا المسؤولون.
admin-publish = نشر
admin-unpublish = إلغاء النشر
admin-view-course = عرض صفحة الدورة
admin-modules = الوحدات
admin-no-modules = لا توجد وحدات بعد.
admin-module-lessons = { $count ->
    [zero] لا دروس
    [one] درس واحد
    [two] درسان
    [few] { $count } دروس
    [many] { $count } درسًا
   *[other] { $count } درس
}
admin-delete = حذف
admin-add-module = إضافة وحدة
admin-module-title = عنوان الوحدة
admin-objectives = أهداف التعلّم
admin-objectives-hint = هدف واحد في كل سطر، مثل «- حساب وقت العمل المتاح».
admin-add-module-button = إضافة الوحدة
admin-cohorts = الدفعات
admin-cohort-dates = من { $starts } إلى { $ends }
admin-cohort-places = المقاعد المشغولة: { $enrolled } من { $capacity }
admin-cohort-enrolled = عدد المسجَّلين: { $count }
admin-enrolment-open = التسجيل مفتوح
admin-enrolment-closed = التسجيل مغلق
admin-open-enrolment = فتح التسجيل
admin-close-enrolment = إغلاق التسجيل
admin-add-cohort = إضافة دفعة
admin-add-cohort-button = إضافة الدفعة
admin-certificate-rules = قواعد الشهادة
admin-certificate-rules-intro = يحصل المشارك على الشهادة فور إكماله جميع الدروس ونجاحه في جميع الاختبارات واستيفائه القواعد أدناه.
admin-rules-rounds = عدد جولات مجموعة التعلّم بالممارسة المطلوب النشر فيها
admin-rules-rounds-hint = ويجب أيضًا أن يكون المشارك قد عرض تحدّيًا مرة واحدة على الأقل. القيمة 0 تُلغي اشتراط المشاركة في المجموعة.
admin-rules-approval = يجب أن يوافق مُيسِّر من الدفعة على الإكمال
admin-save-rules = حفظ قواعد الشهادة
admin-course-details = بيانات الدورة
admin-save-course = حفظ بيانات الدورة

## محرّر الوحدة
admin-module-page-title = تعديل الوحدة: { $title }
admin-lesson-deleted = حُذف الدرس.
admin-lessons = الدروس
admin-no-lessons = لا توجد دروس بعد.
admin-add-lesson = إضافة درس
admin-lesson-title = عنوان الدرس
admin-add-lesson-button = إضافة الدرس
admin-quiz = الاختبار
admin-edit-quiz = تعديل الاختبار «{ $title }»
admin-add-quiz = إضافة اختبار إلى هذه الوحدة
admin-module-details = بيانات الوحدة
admin-save-module = حفظ الوحدة
admin-delete-this-module = حذف هذه الوحدة
admin-delete-module-effect = يؤدي الحذف أيضًا إلى إزالة دروسها ({ $lessons }). عدد مرات إكمال المشاركين لدروسها: { $completions }.
admin-delete-module = حذف الوحدة

## الحذف الذي يُزيل تقدّم المشاركين
admin-delete-named = حذف «{ $title }»؟
admin-delete-module-page-title = حذف وحدة؟
admin-delete-module-warning = عدد مرات إكمال المشاركين لدروس هذه الوحدة: { $completions }. يؤدي حذفها إلى إزالة دروسها ({ $lessons }) وهذا التقدّم. ويُسجَّل الحذف.
admin-delete-module-confirm = نعم، احذف الوحدة
admin-delete-lesson-page-title = حذف درس؟
admin-delete-lesson-warning = عدد مرات إكمال المشاركين لهذا الدرس: { $count }. يؤدي حذفه إلى إزالة الدرس وهذا التقدّم. ويُسجَّل الحذف.
admin-delete-lesson-confirm = نعم، احذف الدرس

## محرّر الدرس
admin-lesson-page-title = تعديل الدرس: { $title }
admin-lesson-saved = تم الحفظ. يرى المشاركون النسخة الجديدة، ويُحتفَظ بتقدّمهم.
admin-estimated-minutes = المدة التقديرية (بالدقائق)
admin-save-lesson = حفظ الدرس
admin-delete-this-lesson = حذف هذا الدرس
admin-lesson-completions = عدد مرات إكمال المشاركين لهذا الدرس: { $count }.
admin-delete-lesson = حذف الدرس
admin-saved-version = النسخة المحفوظة كما يراها المشاركون
admin-open-lesson = فتح صفحة الدرس
admin-body = نص الدرس (Markdown)
admin-body-hint = العناوين بـ ##، والقوائم بـ -، والجداول بـ | خطوط عمودية |، والروابط بصيغة [النص](https://…).
admin-preview = معاينة
admin-preview-heading = معاينة (غير محفوظة)

## محرّر الاختبار
admin-quiz-page-title = الاختبار: { $module }
admin-quiz-saved = حُفظ الاختبار.
admin-quiz-attempts = لهذه الوحدة اختبار؛ وعدد محاولات المشاركين فيه: { $count }.
admin-quiz-none = لا يوجد اختبار لهذه الوحدة بعد. ابدأ من المثال أدناه.
admin-quiz-source = الاختبار (بصيغة TOML المعتمدة في حِزم الدورات)
admin-quiz-source-hint = أنواع الأسئلة: single-choice، multiple-choice (partial_credit = true لاحتساب الدرجة الجزئية)، true-false، numeric (answer، tolerance = {"{"} absolute = … {"}"} أو {"{"} percent = … {"}"}، unit)، short-text (accepted = ["…"]). احتفظ بمعرّف السؤال (id) عند تعديله، فالمحاولات تشير إليه.
admin-save-quiz = حفظ الاختبار
admin-delete-the-quiz = حذف الاختبار
admin-delete-quiz-hint = لا يمكن ذلك إلا إذا لم يُجرِ أحد أي محاولة فيه.
admin-delete-quiz = حذف الاختبار

## المستخدمون
admin-users = المستخدمون
admin-users-search-label = البحث بالاسم أو البريد الإلكتروني
admin-users-search = بحث
admin-users-first = يُعرض أول { $count } من المستخدمين. استخدم البحث لتضييق القائمة.
admin-users-count = { $count ->
    [zero] لا مستخدمين
    [one] مستخدم واحد
    [two] مستخدمان
    [few] { $count } مستخدمين
    [many] { $count } مستخدمًا
   *[other] { $count } مستخدم
}
admin-users-name = الاسم
admin-users-email = البريد الإلكتروني
admin-users-country = البلد
admin-users-profession = المهنة
admin-users-role = الدور
admin-users-status = الحالة
admin-users-last-login = آخر تسجيل دخول
admin-users-role-of = دور { $name }
admin-users-save-role = حفظ الدور
admin-users-active = نشط
admin-users-deactivated = معطَّل
admin-users-deactivate = تعطيل
admin-users-reactivate = إعادة التفعيل
admin-users-never = لم يسجّل الدخول قط

## سجل التدقيق
admin-audit = سجل التدقيق
admin-audit-kind = نوع التغيير
admin-audit-any = الكل
admin-audit-actor = بواسطة (الاسم أو البريد الإلكتروني)
admin-audit-subject = بشأن (الاسم أو البريد الإلكتروني أو الرمز…)
admin-audit-from = من
admin-audit-to = إلى
admin-audit-show = عرض
admin-audit-empty = لا توجد إدخالات تطابق عوامل التصفية هذه.
admin-audit-truncated = تُعرض أحدث { $count } من الإدخالات؛ ضيّق عوامل التصفية لرؤية الإدخالات الأقدم.
admin-audit-when = الوقت (UTC)
admin-audit-by = بواسطة
admin-audit-change = التغيير
admin-audit-about = بشأن
admin-audit-before = قبل
admin-audit-after = بعد
admin-audit-role-changed = تغيير الدور
admin-audit-account-deactivated = تعطيل الحساب
admin-audit-account-reactivated = إعادة تفعيل الحساب
admin-audit-enrolled-by-administrator = تسجيل بواسطة مسؤول
admin-audit-roster-confirmed = تأكيد قائمة المشاركين
admin-audit-enrolment-withdrawn = سحب التسجيل
admin-audit-enrolment-reinstated = إعادة التسجيل
admin-audit-certificate-issued = إصدار شهادة
admin-audit-certificate-revoked = إلغاء شهادة
admin-audit-name-correction-decided = البتّ في طلب تصحيح اسم
admin-audit-post-hidden = إخفاء منشور
admin-audit-post-restored = استعادة منشور
