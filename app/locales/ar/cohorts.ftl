# الدفعات: الإعدادات، والمشاركون والتسجيل، وملفات المشاركين، وتقرير التقدّم.

## حقول إعدادات الدفعة
cohort-field-name = اسم الدفعة
cohort-field-starts-on = تاريخ البدء
cohort-field-ends-on = تاريخ الانتهاء
cohort-field-ends-on-hint = بعد هذا التاريخ تصبح الدورة للقراءة فقط لمشاركي الدفعة.
cohort-field-language = لغة الدفعة
cohort-field-capacity = عدد المقاعد (اختياري)
cohort-field-capacity-hint = اتركه فارغًا لعدم وضع حدّ أقصى. عندما تكتمل الدفعة، يُضاف من يسجّلون إلى قائمة انتظار.
cohort-field-enrolment-key = مفتاح التسجيل (اختياري)
cohort-field-enrolment-key-hint = إذا حُدِّد، وجب على المشاركين إدخاله للتسجيل. لا فرق بين الأحرف الكبيرة والصغيرة.
cohort-field-at-risk-days = عدد الأيام بلا نشاط قبل اعتبار المشارك «معرَّضًا للخطر»
cohort-field-set-size = الحد الأقصى لحجم مجموعة التعلّم بالممارسة
cohort-field-enrolment-open = التسجيل مفتوح

## صفحة الدفعة: الإعدادات والمُيسِّرون
cohort-title = الدفعة: { $cohort }
cohort-breadcrumb-authoring = التأليف
cohort-notice-created = أُنشئت الدفعة.
cohort-notice-saved = حُفظت التغييرات.
cohort-places-taken-short = المقاعد المشغولة: { $count } من { $capacity }
cohort-enrolled-no-limit = عدد المسجَّلين: { $count } (بلا حدّ أقصى)
cohort-waiting-count = على قائمة الانتظار: { $count }
cohort-participants-link = المشاركون والتسجيل
cohort-sets-link = مجموعات التعلّم بالممارسة
cohort-certificates-link = الشهادات
cohort-tutors = المُيسِّرون
cohort-no-tutor = لا يوجد مُيسِّر بعد.
cohort-remove-tutor = إزالة
cohort-tutor-role-needed = لإضافة مُيسِّر، امنحه أولًا دور المُيسِّر في <a href="/admin/users">صفحة المستخدمين</a>.
cohort-add-tutor = إضافة مُيسِّر
cohort-add-tutor-submit = أضف المُيسِّر
cohort-settings = الإعدادات
cohort-save-settings = حفظ الإعدادات

## مشاركو الدفعة
cohort-participants-title = المشاركون: { $cohort }
cohort-participants = المشاركون
cohort-notice-enrolled = تمّ التسجيل.
cohort-notice-already-enrolled = هذا الشخص مسجَّل من قبل.
cohort-notice-reinstated = أُعيد التسجيل مع الاحتفاظ بالتقدّم السابق.
cohort-notice-withdrawn = سُحب التسجيل. يُحتفظ بالتقدّم إذا أُعيد تسجيل الشخص.
cohort-places-taken = المقاعد المشغولة: { $count } من { $capacity }.
cohort-enrolled-count = عدد المسجَّلين: { $count }.
cohort-enrol-one = تسجيل شخص واحد
cohort-enrol-email = البريد الإلكتروني لحسابه
cohort-enrol = تسجيل
cohort-enrolled-heading = المسجَّلون
cohort-column-name = الاسم
cohort-column-email = البريد الإلكتروني
cohort-column-country = البلد
cohort-column-status = الحالة
cohort-column-set-asked-for = المجموعة المطلوبة
cohort-column-action = الإجراء
cohort-enrolled-how = سُجِّل { $source }، في { $date }
cohort-source-administrator = من قِبَل مسؤول
cohort-source-roster = من ملف المشاركين
cohort-source-waiting-list = من قائمة الانتظار
cohort-source-self = ذاتيًا
cohort-withdrawn = منسحب
cohort-withdraw = سحب التسجيل
cohort-reinstate = إعادة التسجيل
cohort-waiting-list = قائمة الانتظار
cohort-waiting-none = لا أحد في الانتظار.
cohort-waiting-explained = عندما يشغر مقعد، يُسجَّل أول شخص في هذه القائمة تلقائيًا.
cohort-waiting-since = { $email }، منذ { $date } الساعة { $time }

## التسجيل من ملف المشاركين؛ $columns و$optional هما أسماء الأعمدة التي يجب أن يستخدمها الملف.
roster-upload-heading = التسجيل من جدول بيانات
roster-upload-help = ارفع ملف CSV يتضمّن صف عناوين والأعمدة <strong>{ $columns }</strong>، واختياريًا <strong>{ $optional }</strong>. تصلح الفواصل والفواصل المنقوطة كلتاهما. سترى ما سيحدث لكل صف قبل إجراء أي تغيير.
roster-upload-file = ملف CSV
roster-upload-submit = الرفع والمعاينة
roster-upload-empty = اختر ملف CSV لرفعه.
roster-upload-too-large = حجم الملف أكبر من 1 ميغابايت. قسّمه إلى عدة ملفات.
roster-upload-not-utf8 = الملف ليس نصًا بترميز UTF-8. احفظه في برنامج جداول البيانات بصيغة «CSV UTF-8».
roster-upload-unreadable = تعذّرت قراءة الملف. حاول رفعه مرة أخرى.
roster-title = ملف المشاركين: { $file }
roster-participants-of = مشاركو { $cohort }
roster-heading = ملف المشاركين: { $file }
roster-confirmed = تمّ التأكيد: أُنشئت الحسابات وسُجِّل المشاركون.
roster-summary = عدد الصفوف: { $rows }. حسابات جديدة: { $new }، وحسابات قائمة سيُسجَّل أصحابها: { $existing }، ودون تغيير: { $unchanged }، وبها أخطاء: { $errors }.
roster-errors-skipped = تُتجاهَل الصفوف التي بها أخطاء. لإدراجها، صحّح الملف وارفعه مرة أخرى: تبقى الصفوف المسجَّلة من قبل على حالها.
roster-confirm = تأكيد تسجيل { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصين
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
roster-nothing-to-enrol = لا يوجد من يُسجَّل من هذا الملف.
roster-links-heading = روابط تعيين كلمة المرور
roster-links-explained = عدد الحسابات المنشأة من هذا الملف التي ليس لها كلمة مرور بعد: { $count }. نزّل جدول بيانات فيه رابط شخصي لكل منها، وأرسل إلى كل شخص رابطه: يعمل الرابط مرة واحدة، خلال 30 يومًا.
roster-links-again = أُرسل إلى كل شخص رابطه بالبريد عند تأكيد الملف. التنزيل ينشئ روابط جديدة ويلغي الروابط المرسلة: لا تستخدمه إلا حيث لا يصل البريد.
roster-links-download = تنزيل روابط تعيين كلمة المرور (CSV)
roster-column-row = الصف
roster-column-plan = ما سيحدث
roster-plan-new = حساب جديد، سيُسجَّل
roster-plan-existing = حساب قائم، سيُسجَّل
roster-plan-already-enrolled = مسجَّل من قبل: لا تغيير
roster-plan-withdrawn = منسحب سابقًا: لا تغيير (أعِد تسجيله من قائمة المشاركين)
roster-plan-error = خطأ: { $reason }

## تقرير التقدّم
report-title = التقدّم: { $cohort }
report-heading = تقرير التقدّم
report-all-countries = كل البلدان
report-sort-by = الترتيب حسب
report-sort-name = الاسم
report-sort-least-progress = الأقل تقدّمًا أولًا
report-sort-most-progress = الأكثر تقدّمًا أولًا
report-sort-longest-inactive = الأطول انقطاعًا أولًا
report-show = عرض
report-download-csv = تنزيل ملف CSV
report-summary = عدد المشاركين: { $count }؛ المعرَّضون للخطر: { $at_risk } (بلا نشاط منذ أكثر من { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}).
report-chart-description = المشاركون الذين أتمّوا كل وحدة. { $modules }
report-chart-module = الوحدة { $number }: { $done } من { $total }
report-chart-count = { $done } من { $total }
report-chart-caption = المشاركون الذين أتمّوا كل وحدة (قرأوا كل الدروس ونجحوا في الاختبار)
# الاسم المختصر للوحدة في رأس الجدول وفي الرسم البياني.
report-module-short = و{ $number }
report-column-participant = المشارك
report-column-progress = التقدّم
report-column-last-activity = آخر نشاط
report-percent = { $percent }%
report-at-risk = معرَّض للخطر
# $lessons هي «الدروس المنجزة/عدد الدروس»، مثل 2/3.
report-quiz-passed = { $lessons } · الاختبار { $best }% ✓
report-quiz-score = { $lessons } · الاختبار { $best }%
report-quiz-not-taken = { $lessons } · الاختبار –
