# رسائل الخادم عن الحسابات وإدارة المستخدمين وسجل التدقيق.
msg-account-email-missing = أدخل عنوان بريدك الإلكتروني.
msg-account-email-too-long = استخدم { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر لعنوان بريدك الإلكتروني.
msg-account-email-invalid = أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.org.
msg-account-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول، أو استخدم بريدًا إلكترونيًا آخر.
msg-account-password-missing = أدخل كلمة المرور.
msg-account-password-too-short = استخدم { $min ->
        [zero] { $min } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل لكلمة المرور.
msg-account-password-too-long = استخدم { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر لكلمة المرور.
msg-account-passwords-differ = كلمتا المرور الجديدتان غير متطابقتين.
msg-account-current-password-wrong = كلمة المرور الحالية غير صحيحة.
msg-account-name-missing = أدخل اسمك الكامل.
msg-account-name-too-long = استخدم { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
msg-account-name-unprintable = يحتوي الاسم على أحرف لا يمكن طباعتها.
msg-account-choose-country = اختر بلدك من القائمة.
msg-account-choose-cadre = اختر مهنتك أو فئتك المهنية من القائمة.
msg-account-choose-language = اختر لغة من القائمة.
msg-account-login-wrong = البريد الإلكتروني أو كلمة المرور غير صحيحة.
msg-account-login-paused = فشلت محاولات كثيرة لتسجيل الدخول. لحماية الحساب، أُوقف تسجيل الدخول مؤقتًا: يُرجى المحاولة مرة أخرى بعد { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }.
msg-account-deactivated = تم تعطيل هذا الحساب. يُرجى التواصل مع مسؤول دورتك.
msg-account-server-busy = الخادم مشغول. يُرجى المحاولة مرة أخرى بعد قليل.
msg-account-search-too-long = ابحث بما لا يزيد على 200 حرف.
msg-account-unknown-role = دور غير معروف.
msg-account-own-role = لا يمكنك تغيير دورك بنفسك؛ اطلب ذلك من مسؤول آخر.
msg-account-own-deactivation = لا يمكنك تعطيل حسابك بنفسك.

## سجل التدقيق.
msg-audit-filter-too-long = استخدم 200 حرف على الأكثر في عوامل التصفية.
msg-audit-unknown-action = اختر نوع التغيير من القائمة.
msg-audit-first-date = أدخل تاريخ البداية بالصيغة YYYY-MM-DD، مثل 2026-11-23.
msg-audit-last-date = أدخل تاريخ النهاية بالصيغة YYYY-MM-DD، مثل 2026-11-23.
msg-audit-platform = المنصّة
msg-account-end-this-session = لإنهاء هذه الجلسة، سجّل الخروج.
