# إطار كل صفحة: الترويسة والتنقل والتذييل ومفاتيح التفضيلات.
brand = HRH Learning
skip-to-content = انتقل إلى المحتوى
nav-main = الرئيسية
nav-my-learning = تعلّمي
nav-courses = الدورات
nav-authoring = التأليف
nav-users = المستخدمون
nav-name-corrections = تصحيحات الأسماء
nav-audit-log = سجل التدقيق
nav-moderation = الإشراف
nav-account = الحساب
nav-log-out = تسجيل الخروج
nav-log-in = تسجيل الدخول
nav-register = إنشاء حساب
language-switch = لغة الواجهة
footer-tagline = دورات قصيرة في الموارد البشرية الصحية.
footer-verify = التحقق من شهادة
light-mode-on = الوضع الخفيف (بدون JavaScript)
light-mode-off = الوضع الكامل

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

account-light-mode = الوضع الخفيف
account-light-mode-hint = صفحات بلا JavaScript ولا wasm: أقل قدر من البيانات على الاتصال البطيء أو المحسوب بالحجم، ويبقى كل شيء يعمل. يُحفظ مع حسابك، على كل جهاز تسجّل الدخول منه.
