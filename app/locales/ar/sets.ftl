# مجموعات التعلّم بالممارسة: تشكيلها، وصفحة المجموعة، والجولات، وموضوعات النقاش، والمشاركات، والإشراف.

## مجموعات الدفعة واقتراح المجموعات.
set-cohort-title = المجموعات: { $cohort }
set-cohort-heading = مجموعات التعلّم بالممارسة
set-formed = { $count ->
    [zero] لم تُشكَّل أي مجموعة.
    [one] شُكِّلت مجموعة واحدة.
    [two] شُكِّلت مجموعتان.
    [few] شُكِّلت { $count } مجموعات.
    [many] شُكِّلت { $count } مجموعة.
   *[other] شُكِّلت { $count } مجموعة.
}
set-member-who = { $name } ({ $country }، { $cadre })
set-for = مجموعة { $name }
set-no-set = بلا مجموعة
set-move = نقل
set-propose-heading = اقتراح المجموعات
set-propose = اقتراح المجموعات
set-propose-explanation = يمكن للمنصة توزيع المشاركين الذين لم ينضموا إلى أي مجموعة بعد ({ $count }) على مجموعات لا يتجاوز عدد أعضاء كل منها { $size }، بأحجام متوازنة ومع المزج بين البلدان والفئات المهنية. تراجع أنت الاقتراح وتنقل من تشاء قبل حفظ أي شيء.
set-review-proposal = مراجعة الاقتراح
set-tutor = المُيسِّر
set-no-tutor = بلا مُيسِّر
set-save-tutor = حفظ المُيسِّر
set-members-count = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
set-not-in-a-set = خارج المجموعات
set-all-placed = كل مشارك مسجَّل عضو في مجموعة.
set-add-heading = إضافة مجموعة يدويًا
set-name = اسم المجموعة
set-no-tutor-yet = لم يُعيَّن مُيسِّر بعد
set-add = إضافة المجموعة
set-proposal-title = المجموعات المقترحة
set-proposal-back = مجموعات { $cohort }
set-proposal-lead = لا يُحفظ شيء قبل أن تؤكد. انقل الأشخاص إلى مجموعة أخرى إن رأيت ذلك أنسب.
set-proposal-confirm = تأكيد هذه المجموعات
set-proposal-discard = تجاهل الاقتراح
set-proposal-summary = { $members ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $members } أعضاء
    [many] { $members } عضوًا
   *[other] { $members } عضو
} من { $countries ->
    [zero] { $countries } بلد
    [one] بلد واحد
    [two] بلدين
    [few] { $countries } بلدان
    [many] { $countries } بلدًا
   *[other] { $countries } بلد
}

## صفحة المجموعة وموضوعات النقاش فيها.
set-unread = { $count ->
    [zero] لا جديد
    [one] مشاركة جديدة واحدة
    [two] مشاركتان جديدتان
    [few] { $count } مشاركات جديدة
    [many] { $count } مشاركة جديدة
   *[other] { $count } مشاركة جديدة
}
set-tutor-name = المُيسِّر: { $name }
set-ground-rule = ما يُقال في المجموعة يبقى فيها.
set-rounds = الجولات
set-no-round = لا توجد جولة بعد. يفتح المُيسِّر الجولة الأولى.
set-discussion = النقاش
set-no-thread = لا يوجد موضوع نقاش بعد.
set-pinned = مثبَّت
set-locked = مقفل
set-thread-by = بقلم { $name }، { $count ->
    [zero] لا مشاركات
    [one] مشاركة واحدة
    [two] مشاركتان
    [few] { $count } مشاركات
    [many] { $count } مشاركة
   *[other] { $count } مشاركة
}
set-start-thread-heading = بدء موضوع نقاش
set-thread-title = العنوان
set-thread-body = رسالتك
set-start-thread = بدء الموضوع
set-members = الأعضاء
set-open-round-heading = فتح جولة
set-round-title = عنوان الجولة
set-opens-on = تاريخ الفتح
set-closes-on = تاريخ الإغلاق
set-who-presents = من يعرض
set-open-round = فتح الجولة
set-pin = تثبيت
set-unpin = إلغاء التثبيت
set-lock = قفل
set-unlock = إلغاء القفل
set-thread-locked = هذا الموضوع مقفل: لا يمكن إضافة ردود أخرى.
set-reply-body = ردّك
set-post-reply = نشر الرد

## الجولة: التحديات، والأسئلة والإجابات، والالتزامات بالعمل، والتقارير الراجعة.
round-title = الجولة { $number }: { $title }
round-dates = من { $opens } إلى { $closes }
round-open = مفتوحة
round-closed = مغلقة
round-close = إغلاق هذه الجولة
round-report-backs = التقارير الراجعة
round-no-report-back = لا يوجد تقرير راجع في هذه الجولة بعد.
round-report-back-on = بشأن «{ $action }» (الجولة { $round }، الموعد { $due }): { $outcome }
round-label-report-back = التقرير الراجع
round-report-back-heading = قدِّم تقريرًا راجعًا عن التزاماتك السابقة
round-outcome-question = هل نفّذته؟
round-outcome-done = نُفِّذ
round-outcome-partly = نُفِّذ جزئيًا
round-outcome-not-done = لم يُنفَّذ
round-report-back-body = ماذا حدث، وماذا تعلّمت؟
round-post-report-back = نشر التقرير الراجع
round-presenter-you = { $name } (أنت)
round-challenge-body = التحدي الذي تطرحه: مشكلة حقيقية في عملك تريد مساعدة المجموعة فيها
round-post-challenge = نشر التحدي
round-no-challenge = لم يُنشر أي تحدٍّ بعد.
round-label-challenge = التحدي
round-label-question = سؤال
round-label-answer = إجابة
round-answer-body = إجابتك
round-post-answer = نشر الإجابة
round-question-body = اطرح على { $name } سؤالًا مفتوحًا (لا نصيحة)
round-post-question = طرح السؤال
round-commitments = الالتزامات بالعمل
round-no-commitment = لا شيء بعد.
round-commitment-action = سأقوم بـ…
round-commitment-due = بحلول (التاريخ)
round-add-commitment = إضافة الالتزام
round-commitment = { $action } (الموعد { $due }) · { $status }
round-commitment-reported = { $outcome } (قُدِّم التقرير الراجع في الجولة { $round })
round-commitment-overdue = متأخر: لا يوجد تقرير راجع بعد
round-commitment-open = قيد التنفيذ

## المشاركة وما يمكن لقارئها أن يفعله بها.
post-when = { $date }، الساعة { $time }
post-edited = (عدّلها أحد المُيسِّرين)
post-hidden = أخفاها المُيسِّر: { $reason }
post-hidden-by = أخفاها { $name } عن الأعضاء: { $reason }
post-moderate = إجراءات الإشراف
post-restore = استعادة
post-hide-reason = سبب الإخفاء
post-hide = إخفاء
post-edit-label = تعديل النص (يُحتفَظ بالنص السابق)
post-save-edit = حفظ التعديل
post-flag = إبلاغ
post-flag-reason = لماذا ينبغي أن يطّلع المُيسِّر على هذه المشاركة؟
post-flag-button = إبلاغ المُيسِّر
post-markdown-hint = Markdown: **غامق**، *مائل*، قوائم باستخدام - . بحد أقصى { $max } حرف.

## ما يحتاج إلى اهتمام المُيسِّر.
moderation-title = الإشراف
moderation-lead = في كل المجموعات التي تتولّى تيسيرها.
moderation-flags = بلاغات مفتوحة ({ $count })
moderation-no-flags = لا توجد مشاركة مُبلَّغ عنها.
moderation-flag-detail = : «{ $excerpt }» · أبلغ عنها { $name }: { $reason }
moderation-resolve = تمّت المعالجة
moderation-in-set = ({ $set }):
moderation-unquestioned = تحديات لم يُطرح عليها سؤال بعد ({ $count })
moderation-unquestioned-none = طُرح سؤال واحد على الأقل على كل تحدٍّ.
moderation-overdue = التزامات تجاوزت موعدها دون تقرير راجع ({ $count })
moderation-overdue-none = لا يوجد التزام متأخر.
moderation-silent = أعضاء لم ينشروا أي مشاركة في الجولة الحالية ({ $count })
moderation-silent-none = نشر جميع الأعضاء مشاركات في الجولة الحالية.
set-open-round-overlap = افتحها على أي حال، حتى لو كانت جولة أخرى مفتوحة في هذه التواريخ
moderation-unanswered = أسئلة ونقاشات تنتظر جوابًا ({ $count })
moderation-unanswered-none = لكل سؤال جواب ولكل نقاش رد.
