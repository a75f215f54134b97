# الحسابات: تسجيل الدخول وإنشاء الحساب وصفحة الحساب.
account-log-in = تسجيل الدخول
account-email = البريد الإلكتروني
account-password = كلمة المرور
account-new-here = جديد هنا؟
account-create-an-account = أنشئ حسابًا
account-register-title = أنشئ حسابك
account-full-name = الاسم الكامل
account-full-name-hint = كما ينبغي أن يظهر في شهادتك.
account-country = البلد
account-choose-country = اختر بلدك
account-cadre = المهنة أو الفئة المهنية
account-choose-cadre = اختر مهنتك أو فئتك المهنية
account-language = اللغة المفضّلة
account-password-hint = من 8 إلى 128 حرفًا. بضع كلمات يسهل عليك تذكّرها تصنع كلمة مرور جيدة.
account-create-account = إنشاء الحساب
account-have-an-account = لديك حساب بالفعل؟
account-title = حسابك
account-profile-saved = تم حفظ ملفك الشخصي.
account-password-changed = تم تغيير كلمة المرور.
account-profile = الملف الشخصي
account-email-is = البريد الإلكتروني:
account-role-is = الدور: { $role }
account-save-profile = حفظ الملف الشخصي
account-change-password = تغيير كلمة المرور
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-new-password-hint = من 8 إلى 128 حرفًا.
account-confirm-password = أعد كتابة كلمة المرور الجديدة
account-choose-password = اختر كلمة المرور
account-link-welcome = مرحبًا { $name }. حسابك مسجَّل بعنوان البريد الإلكتروني { $email }.
account-link-password-hint = 8 أحرف على الأقل.
account-set-password = تعيين كلمة المرور وتسجيل الدخول
account-link-broken = هذا الرابط لا يعمل
account-role-participant = مشارك
account-role-tutor = مُيسِّر
account-role-administrator = مسؤول
account-cadre-health-manager = مدير أو إداري صحي
account-cadre-hr-officer = موظف موارد بشرية
account-cadre-planner = مخطِّط للقوى العاملة الصحية
account-cadre-educator = مُدرِّب للعاملين الصحيين
account-cadre-nurse = ممرض أو ممرضة
account-cadre-midwife = قابلة
account-cadre-medical-doctor = طبيب
account-cadre-clinical-officer = ممارس سريري غير طبيب
account-cadre-community-health-worker = عامل صحي مجتمعي
account-cadre-pharmacist = صيدلي
account-cadre-public-health-officer = موظف صحة عامة
account-cadre-other = غير ذلك

## الصفحة الرئيسية: «تعلّمي»، أو تعريف بالمنصة للزوار.
home-intro-title = دورات قصيرة في الموارد البشرية الصحية
home-intro = ادرس وحدات الدورات، وأجب عن الاختبارات، واعمل مع زملائك على تحديات حقيقية من مكان العمل ضمن مجموعات التعلّم بالممارسة بقيادة مُيسِّر. صُمِّمت المنصة للهواتف المحمولة والاتصالات البطيئة.
home-browse-courses = تصفّح الدورات
home-my-learning = تعلّمي
home-welcome = مرحبًا { $name }.
home-password-set = تم تعيين كلمة المرور وتسجيل دخولك.
home-administration = الإدارة
home-manage-users = إدارة المستخدمين والأدوار
home-courses-and-cohorts = الدورات والدفعات
home-your-courses = دوراتك
home-no-courses = لم تسجّل في أي دورة بعد.
home-find-course = ابحث عن دورة
home-join-cohort = وانضم إلى دفعتها المفتوحة.
home-cohort = الدفعة: { $cohort }
home-enrolled-from-waiting-list = أصبح هناك مكان شاغر: سُجِّلت في الدورة من قائمة الانتظار.
home-cohort-ended = انتهت دفعتك: الدورة متاحة للقراءة فقط.
home-progress-in = التقدّم في { $course }
home-continue = تابع من حيث توقفت: { $lesson }
home-all-done = ✓ اكتملت جميع الدروس
home-your-sets = مجموعات التعلّم بالممارسة الخاصة بك
home-unread = { $count ->
    [zero] لا مشاركات جديدة
    [one] مشاركة جديدة
    [two] مشاركتان جديدتان
    [few] { $count } مشاركات جديدة
    [many] { $count } مشاركة جديدة
   *[other] { $count } مشاركة جديدة
}
home-your-commitments = التزاماتك بالعمل
home-due = موعده { $date }
home-overdue-since = متأخر منذ { $date }
home-waiting-lists = قوائم الانتظار
home-waiting-place = ، { $cohort }: ترتيبك { $position } في قائمة الانتظار.
home-leave-waiting-list = مغادرة قائمة الانتظار
home-cohorts-you-tutor = الدفعات التي تيسّرها
home-tutored-cohort = { $course }: { $cohort }
home-participants = { $count ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
home-sets = المجموعات
home-certificates = الشهادات

## عناصر مشتركة: حقول النماذج وصفحات الأخطاء والتأكيد والتقدّم والترتيب.
form-show-password = إظهار
form-hide-password = إخفاء
error-not-found-title = الصفحة غير موجودة
error-forbidden-title = غير مسموح
error-unauthenticated-title = يُرجى تسجيل الدخول
error-internal-title = حدث خطأ
error-other-title = لم تنجح العملية
error-not-found = تعذّر علينا العثور على هذه الصفحة.
error-forbidden = ليست لديك صلاحية القيام بذلك.
error-unauthenticated = يُرجى تسجيل الدخول للمتابعة.
error-internal = حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى بعد قليل.
error-invalid-form = يُرجى تصحيح الحقول المشار إليها أدناه.
error-home-link = الانتقال إلى الصفحة الرئيسية
confirm-cancel = إلغاء
progress-done = أُنجز { $done } من { $total } ({ $percent }%)
reorder-move-up = نقل إلى أعلى
reorder-move-down = نقل إلى أسفل
reorder-item = : { $item }
account-sessions = أين سجّلت الدخول
account-sessions-hint = كل متصفح أو هاتف مسجّل الدخول إلى حسابك. إن لم تتعرّف على أحدها فأنهِ جلسته وغيّر كلمة المرور. تغيير كلمة المرور ينهي كل الجلسات الأخرى.
account-session-device = المتصفح
account-session-started = تسجيل الدخول
account-session-last-seen = آخر استخدام
account-session-address = العنوان
account-session-action = إجراء
account-session-unknown-device = متصفح غير معروف
account-session-this-one = هذا المتصفح
account-session-end = إنهاء هذه الجلسة
account-sessions-end-others = تسجيل الخروج من كل مكان آخر
account-sessions-ended = أُنهيت الجلسة: سُجّل خروج ذلك المتصفح.
