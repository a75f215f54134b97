## البريد الصادر وصندوق الصادر.

mail-greeting = مرحبًا { $name }،
mail-reset-subject = اختيار كلمة مرور جديدة لمنصة HRH Learning
mail-reset-lead = طلب أحدهم اختيار كلمة مرور جديدة لحسابك. لفعل ذلك، افتح هذا الرابط:
mail-reset-action = اختيار كلمة مرور جديدة
mail-reset-expiry = يعمل الرابط مرة واحدة، لمدة { $minutes } دقيقة. استخدامه يُخرجك من كل الأجهزة الأخرى.
mail-reset-ignore = إن لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.

account-forgot-password = هل نسيت كلمة المرور؟
account-forgot-title = نسيت كلمة المرور
account-forgot-intro = اكتب عنوان البريد الإلكتروني لحسابك. سنرسل إليه رابطًا لاختيار كلمة مرور جديدة.
account-forgot-send = أرسلوا لي رابطًا
account-forgot-sent = إن كان هناك حساب يستخدم هذا العنوان، فالرابط لاختيار كلمة مرور جديدة في طريقه إليه. يعمل لمدة ساعة. لم يصل شيء؟ ابحث في مجلد الرسائل غير المرغوب فيها، أو اسأل مسؤول دورتك.

admin-outbox = صندوق الصادر
admin-outbox-by-smtp = تُرسل الرسائل عبر { $server }.
admin-outbox-kept = لم يُضبط خادم بريد: تُحفظ كل رسالة هنا وفي ملف داخل { $folder }.
admin-outbox-empty = لا توجد رسائل بعد.
admin-outbox-to = إلى
admin-outbox-subject = الموضوع
admin-outbox-status = الحالة
admin-outbox-attempts = المحاولات
admin-outbox-result = آخر رد
admin-outbox-created = كُتبت في
admin-outbox-resend = إرسال مرة أخرى
admin-outbox-resent = أُعيدت الرسالة إلى قائمة الانتظار.
admin-outbox-read = قراءة الرسالة
admin-outbox-queued = في الانتظار
admin-outbox-sending = قيد الإرسال
admin-outbox-sent = أُرسلت
admin-outbox-failed = فشلت
msg-outbox-not-resendable = هذه الرسالة قيد الإرسال الآن؛ انتظر حتى تُرسل أو تفشل.
msg-account-reset-paused = طلبات كثيرة جدًا من هذا الاتصال. انتظر دقيقة ثم حاول مرة أخرى.
mail-invitation-subject = مكانك في { $cohort } على HRH Learning
mail-invitation-lead = سجّلك أحد المسؤولين في { $cohort }. اختر كلمة مرورك لتسجيل الدخول:
mail-invitation-action = اختيار كلمة المرور
mail-invitation-expiry = يعمل الرابط مرة واحدة، لمدة { $days } يومًا. عنوان بريدك الإلكتروني هو اسم الدخول.
