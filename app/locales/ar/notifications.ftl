## الإشعارات: التنبيهات ورسائلها والملخصات والإعدادات والتقويم.

notice-enrolled = أنت مسجّل في { $cohort } ({ $course }).
notice-promoted = شغر مكان: أنت الآن مسجّل في { $cohort } ({ $course }).
notice-withdrawn = تم سحبك من { $cohort } ({ $course }).
notice-round-opened = بدأت الجولة { $number }، «{ $round }»، في { $set }.
notice-round-opened-detail = تمتد من { $opens } إلى { $closes }. يعرض فيها: { $presenters }.
notice-question = طرح { $author } سؤالًا عن تحدّيك في { $round } ({ $set }).
notice-answer = أجاب { $author } عن سؤالك في { $round } ({ $set }).
notice-reply = ردّ { $author } في «{ $round }» ({ $set }).
notice-post-hidden = أخفى أحد المشرفين إحدى مشاركاتك في { $set }.
notice-post-hidden-detail = السبب المذكور: { $reason }
notice-commitment-due = يحين موعد التزامك بالعمل في { $set } يوم { $due }.
notice-commitment-overdue = كان موعد التزامك بالعمل في { $set } يوم { $due } ولم تقدّم تقريرًا عنه بعد.
notice-commitment-detail = التزمت بما يلي: { $action }
notice-certificate-issued = شهادتك في { $course } جاهزة.
notice-certificate-issued-detail = يمكن لأي شخص التحقق منها على { $verify }
notice-certificate-revoked = أُلغيت شهادتك في { $course }.
notice-certificate-revoked-detail = السبب المذكور: { $reason }
notice-correction-decided = { $decision ->
    [approved] قُبل تصحيح الاسم على شهادتك في { $course }.
   *[refused] رُفض تصحيح الاسم على شهادتك في { $course }.
}
notice-tutor-message = أرسل إليك مرشدك { $author } رسالة بشأن { $cohort }.
notice-tutor-message-detail = { $message }

mail-notice-open = افتحه
mail-footer-why = تصلك هذه الرسالة وفق إعدادات الإشعارات لديك:
mail-footer-settings = غيّرها
mail-footer-stop = أوقف هذه الرسائل
mail-digest-subject = { $count ->
    [one] جديد واحد على HRH Learning
   *[other] { $count } من الجديد على HRH Learning
}
mail-digest-lead = إليك ما حدث منذ ملخصك الأخير.

notifications-title = الإشعارات
notifications-intro = اختر كيف يصلك كل نوع من الأخبار بالبريد الإلكتروني. يظهر كل شيء أيضًا في «ما الجديد» على صفحتك الرئيسية. تُرسل دائمًا الرسائل المتعلقة بحسابك وأمانه.
notifications-save = احفظ إعدادات الإشعارات
notifications-saved = حُفظت إعدادات الإشعارات.
topic-enrolment = مكانك في دفعة
topic-set-activity = النشاط في مجموعات التعلم بالعمل
topic-commitments = التزاماتك بالعمل، المستحقة والمتأخرة
topic-certificates = شهاداتك
topic-tutor-messages = رسائل مرشديك
cadence-immediate = فورًا
cadence-daily = ملخص يومي
cadence-weekly = ملخص أسبوعي
cadence-off = ليس بالبريد
msg-notifications-bad-choice = اختر أحد الخيارات لكل نوع من الأخبار.

calendar-title = تقويمك
calendar-intro = أضف هذا العنوان الخاص إلى تقويم هاتفك أو حاسوبك (كاشتراك) لترى مواعيد دفعاتك وجولاتك ومواعيد التزاماتك. يستطيع أي شخص لديه العنوان قراءته: احتفظ به لنفسك.
calendar-reset = أنشئ عنوانًا جديدًا
calendar-reset-hint = يتوقف العنوان القديم عن العمل.
calendar-new = العنوان الجديد للتقويم جاهز؛ ولم يعد القديم يعمل.

whats-new = ما الجديد
whats-new-empty = لا جديد بعد.
whats-new-mark-read = علّم الكل كمقروء
whats-new-unread = جديد
nav-whats-new = ما الجديد
nav-whats-new-count = ما الجديد ({ $count })

unsubscribe-title = إيقاف الرسائل
unsubscribe-topic = إيقاف الرسائل عن: { $topic }.
unsubscribe-digest = { $cadence ->
    [daily] إيقاف ملخصك اليومي.
   *[weekly] إيقاف ملخصك الأسبوعي.
}
unsubscribe-button = أوقف هذه الرسائل
unsubscribe-done = تم: توقفت هذه الرسائل. ما زلت ترى كل شيء في «ما الجديد»، ويمكنك تغيير ذلك في إعدادات الإشعارات في حسابك.

reminder-title = أرسل تذكيرًا
reminder-intro = يتلقى المشاركون الذين تختارهم هذه الرسالة في «ما الجديد» وبالبريد الإلكتروني، بحسب اختيار كل منهم. المشاركون المعرّضون للخطر مختارون مسبقًا.
reminder-default = مرحبًا، هذا تذكير ودّي بمواصلة الدورة: الخطوات التالية بانتظارك. هل أستطيع مساعدتك في شيء؟
reminder-message = الرسالة
reminder-select = أرسل إلى
reminder-select-person = أرسل التذكير إلى { $name }
reminder-send = أرسل إلى المشاركين المختارين
reminder-sent = { $count ->
    [one] أُرسل التذكير إلى مشارك واحد.
   *[other] أُرسل التذكير إلى { $count } مشاركين.
}
msg-reminder-nobody = اختر مشاركًا واحدًا على الأقل من هذه الدفعة.
msg-reminder-empty = اكتب الرسالة.
msg-reminder-too-long = يجب أن تكون الرسالة أقل من { $max } حرف.
