# ما يقوله الخادم عن الدورات والاختبارات: أخطاء النماذج، والرفض، وفحص الاختبارات.

## حقول الدورات والوحدات والدروس كما أُدخلت. `field` اسم الحقل بشرطات:
## title وsummary وlearning-objectives وcohort-name وset-name وround-title
## وreason وaction وestimated-hours وestimated-minutes.
msg-course-slug-invalid = استخدم من 1 إلى { $max } من الأحرف اللاتينية الصغيرة والأرقام والشرطات المفردة، مثل «workforce-planning».
msg-course-text-missing = { $field ->
    [title] أدخل عنوانًا.
    [summary] أدخل ملخّصًا.
    [learning-objectives] أدخل أهداف التعلّم.
    [cohort-name] أدخل اسمًا للدفعة.
    [set-name] أدخل اسمًا للمجموعة.
    [round-title] أدخل عنوانًا للجولة.
    [reason] اذكر السبب.
    [action] اكتب العمل الذي تلتزم به.
   *[other] املأ هذا الحقل.
}
msg-course-text-too-long = { $field ->
    [title] يجب ألّا يزيد العنوان على { $max } من الأحرف.
    [summary] يجب ألّا يزيد الملخّص على { $max } من الأحرف.
    [learning-objectives] يجب ألّا تزيد أهداف التعلّم على { $max } من الأحرف.
    [cohort-name] يجب ألّا يزيد اسم الدفعة على { $max } من الأحرف.
    [set-name] يجب ألّا يزيد اسم المجموعة على { $max } من الأحرف.
    [round-title] يجب ألّا يزيد عنوان الجولة على { $max } من الأحرف.
    [reason] يجب ألّا يزيد السبب على { $max } من الأحرف.
    [action] يجب ألّا يزيد العمل الذي تلتزم به على { $max } من الأحرف.
   *[other] يجب ألّا يزيد النص على { $max } من الأحرف.
}
msg-course-title-one-line = اكتب العنوان في سطر واحد، دون أحرف تحكّم.
msg-course-number-invalid = { $field ->
    [estimated-hours] أدخل المدة التقديرية بالساعات عددًا صحيحًا من 0 إلى { $max }.
    [estimated-minutes] أدخل المدة التقديرية بالدقائق عددًا صحيحًا من 0 إلى { $max }.
   *[other] أدخل عددًا صحيحًا من 0 إلى { $max }.
}
msg-course-date-invalid = أدخل التاريخ بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم)، مثل 2027-03-01.
msg-course-choose-language = اختر لغة من القائمة.
msg-course-lesson-too-long = الدرس طويل جدًا: الحد الأقصى { $size } كيلوبايت.

## كتابة الدورات.
msg-course-slug-taken = هناك دورة أخرى تستخدم مُعرِّف الرابط هذا.
msg-course-module-slug-taken = هناك وحدة أخرى في هذه الدورة تستخدم مُعرِّف الرابط هذا.
msg-course-lesson-slug-taken = هناك درس آخر في هذه الوحدة يستخدم مُعرِّف الرابط هذا.
msg-course-unknown-direction = اتجاه غير معروف.
msg-course-preview-too-long = الدرس أطول من أن تُعرض معاينته.

## الاطلاع على الدورات.
msg-course-progress-participants-only = لا يُسجَّل التقدّم إلا للمشاركين المسجّلين في هذه الدورة.
msg-course-cohort-ended = انتهت دفعتك في { $date }: أصبحت الدورة متاحة للاطلاع فقط.

## كتابة الاختبارات. مفاتيح ملف الاختبار (title وpass_mark وmax_attempts
## وid وprompt وpoints) تبقى كما هي.
msg-quiz-too-long = الاختبار طويل جدًا.
msg-quiz-toml-line = السطر { $line }: { $message }
msg-quiz-attempted-cannot-delete = أجرى مشاركون محاولات في هذا الاختبار، لذا لا يمكن حذفه.
msg-quiz-title-length = title: استخدم من 1 إلى 150 من الأحرف
msg-quiz-pass-mark-range = pass_mark: استخدم نسبة مئوية من 0 إلى 100
msg-quiz-max-attempts-zero = max_attempts: استخدم 1 أو أكثر، أو احذفه لإتاحة عدد غير محدود من المحاولات
msg-quiz-no-questions = يحتاج الاختبار إلى سؤال واحد على الأقل
msg-quiz-question-problem = السؤال { $number } ({ $id }): { $problem }
msg-quiz-id-invalid = يجب أن يتكوّن id من أحرف لاتينية صغيرة وأرقام وشرطات
msg-quiz-id-twice = id مستخدم مرتين
msg-quiz-prompt-length = يجب أن يتكوّن prompt من 1 إلى 4000 من الأحرف
msg-quiz-points-range = يجب أن تكون قيمة points من 1 إلى 100
msg-quiz-key-two-options = يحتاج سؤال الاختيار إلى خيارين على الأقل بمعرّفات (id) مختلفة
msg-quiz-key-one-correct = يحتاج سؤال الاختيار الواحد إلى خيار صحيح واحد بالضبط
msg-quiz-key-some-correct = يحتاج سؤال الاختيار المتعدد إلى خيار صحيح واحد على الأقل
msg-quiz-key-numeric = يحتاج السؤال العددي إلى إجابة محدودة وهامش تسامح قدره 0 أو أكثر
msg-quiz-key-accepted-answer = يحتاج سؤال الإجابة القصيرة إلى إجابة مقبولة واحدة على الأقل

## أداء الاختبارات.
msg-quiz-participants-only = لا يؤدي اختبارات الدورة إلا المشاركون المسجّلون فيها.
msg-quiz-cohort-ended = انتهت دفعتك، لذا أُغلقت اختباراتها.
msg-quiz-no-attempts-left = لقد استنفدت كل محاولاتك في هذا الاختبار.
msg-quiz-already-submitted = سبق تقديم هذه المحاولة؛ ولم تتغيّر نتيجتها.
msg-quiz-not-submitted = لم تُقدَّم هذه المحاولة بعد.
msg-quiz-answers-too-long = الإجابات طويلة جدًا.
msg-quiz-unknown-question = تشير الإجابات إلى سؤال ليس ضمن هذه المحاولة؛ ولم يُسجَّل شيء.
msg-quiz-answers-unreadable = تعذّرت قراءة بعض الإجابات؛ ولم يُسجَّل شيء. يُرجى تصحيحها.
msg-quiz-unknown-option = هذا الخيار ليس من خيارات هذا السؤال.
msg-quiz-unknown-option-named = الخيار «{ $option }» ليس من خيارات هذا السؤال.
msg-quiz-true-or-false = أجب بـ«صح» أو «خطأ».
msg-quiz-enter-number = أدخل عددًا.
msg-quiz-not-a-number = «{ $text }» ليس عددًا. أدخل عددًا مثل 2.6.
msg-quiz-answer-too-long = استخدم 500 من الأحرف على الأكثر.

## الإجابات في صفحة النتيجة.
msg-quiz-no-answer = بلا إجابة
msg-quiz-true = صح
msg-quiz-false = خطأ
msg-quiz-tolerance-percent = ± { $percent }%
