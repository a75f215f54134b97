# ما يقوله الخادم عن مجموعات التعلّم بالممارسة: الرفض، وأخطاء النماذج، وبنود الإشراف.

## المشاركات والجولات والالتزامات كما أُدخلت.
msg-set-post-empty = اكتب شيئًا قبل النشر.
msg-set-post-too-long = لا تتجاوز المشاركة { $max } حرف، وعدد أحرف هذه المشاركة { $length }. اختصرها أو قسّمها إلى مشاركتين.
msg-set-round-closes-before-opening = لا يجوز أن تُغلق الجولة قبل أن تُفتح.
msg-set-round-no-presenters = اختر من يعرض في هذه الجولة.
msg-set-commitment-no-due-date = حدّد التاريخ الذي ستكون قد نفّذته بحلوله.
msg-set-commitment-due-in-past = الموعد المحدد في الماضي: اختر تاريخ اليوم أو تاريخًا لاحقًا.

## تشكيل المجموعات.
msg-set-tutor-not-in-cohort = يجب أن يكون مُيسِّر المجموعة أحد مُيسِّري الدفعة.
msg-set-name-taken = توجد مجموعة أخرى في هذه الدفعة تحمل هذا الاسم.
msg-set-member-not-enrolled = لا يكون في مجموعات هذه الدفعة إلا المشاركون المسجَّلون فيها.
msg-set-full = هذه المجموعة مكتملة: لا يزيد عدد أعضاء كل مجموعة في هذه الدفعة على { $size ->
    [two] عضوين
    [few] { $size } أعضاء
    [many] { $size } عضوًا
   *[other] { $size } عضو
}. ارفع الحد الأقصى لحجم المجموعة في إعدادات الدفعة للسماح بالمزيد.
msg-set-everyone-placed = كل مشارك مسجَّل عضو في مجموعة بالفعل.
msg-set-proposal-not-saved = تعذّر حفظ الاقتراح.
msg-set-proposed-name-taken = توجد بالفعل مجموعة تحمل أحد الأسماء المقترحة. تجاهل الاقتراح واقترح المجموعات من جديد.

## الكتابة في المجموعة.
msg-set-read-only = انتهت دفعتك في { $ended }: أصبحت المجموعة للقراءة فقط.
msg-set-round-not-open = الجولة { $number } ليست مفتوحة للنشر (تمتد من { $opens } إلى { $closes }).
msg-set-round-closed = الجولة { $number } ليست مفتوحة للنشر (تمتد من { $opens } إلى { $closes }، وقد أُغلقت).
msg-set-presenters-not-members = يجب أن يكون العارضون أعضاء في المجموعة.
msg-set-challenge-not-presenter = لا ينشر التحدي إلا العارضون في هذه الجولة.
msg-set-challenge-posted = لقد نشرت تحديك لهذه الجولة بالفعل.
msg-set-question-own-challenge = يطرح الآخرون الأسئلة، وأنت تجيب عنها.
msg-set-answer-not-presenter = لا يجيب عن الأسئلة المتعلقة بالتحدي إلا صاحبه.
msg-set-commitment-not-presenter = لا يلتزم بالعمل بشأن التحدي إلا صاحبه.
msg-set-report-not-presenter = لا يقدّم التقرير الراجع عن الالتزام إلا صاحبه.
msg-set-report-same-round = قدِّم التقرير الراجع في جولة لاحقة للجولة التي التزمت فيها.
msg-set-report-no-outcome = حدّد ما إذا كان قد نُفِّذ.
msg-set-already-reported = لقد قدّمت بالفعل تقريرًا راجعًا عن هذا الالتزام.
msg-set-thread-locked = هذا الموضوع مقفل: لا يمكن إضافة ردود أخرى.

## ما يحتاج إلى اهتمام المُيسِّر.
msg-set-unquestioned = لم يُطرح بعد أي سؤال على التحدي في الجولة { $round }
msg-set-overdue = حلّ موعد «{ $action }» في { $due }، ولا يوجد تقرير راجع
msg-set-silent = لم ينشر أي مشاركة في الجولة { $round }
msg-set-rounds-overlap = الجولة { $number } ما زالت مفتوحة في هذه التواريخ (من { $opens } إلى { $closes }). أغلقها أولًا، أو اختر تواريخ لاحقة، أو علّم «افتحها على أي حال» لتجري الجولتان معًا.
msg-set-unanswered = سؤال { $asker } في الجولة { $round } لم يُجَب عنه بعد
msg-set-thread-unanswered = النقاش «{ $title }» لم يتلقَّ ردًا بعد
