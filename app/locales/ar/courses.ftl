catalogue-title = الدورات
catalogue-language = اللغة
catalogue-all-languages = كل اللغات
catalogue-show = عرض
catalogue-empty = لم تُنشر أي دورة بهذه اللغة بعد.
course-modules = { $count ->
    [zero] لا وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدة
   *[other] { $count } وحدة
}
course-hours = { $count ->
    [zero] أقل من ساعة
    [one] نحو ساعة واحدة
    [two] نحو ساعتين
    [few] نحو { $count } ساعات
    [many] نحو { $count } ساعة
   *[other] نحو { $count } ساعة
}

course-enrolled-notice = تم تسجيلك. مرحبًا بك في الدورة!
course-waiting-notice = الدفعة مكتملة، لذا أُدرج اسمك في قائمة الانتظار الخاصة بها برقم { $position }. وعند شغور مقعد ستُسجَّل تلقائيًا وستظهر الدورة في صفحتك الرئيسية.
course-draft = مسودة: لم تُنشر بعد
course-your-progress = تقدّمك
course-cohort = الدفعة: { $name } (من { $starts } إلى { $ends })
course-progress = التقدّم في الدورة
course-continue = متابعة: { $lesson }
course-modules-title = الوحدات
course-module-progress = التقدّم في { $module }
course-objectives = أهداف التعلّم
course-lesson-minutes = { $count ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
course-lesson-completed = ✓ مكتمل
course-quiz = اختبار: { $title }
course-quiz-passed = ✓ ناجح ({ $score }%)
course-quiz-best = أفضل نتيجة { $score }%
course-join = الالتحاق بهذه الدورة
course-no-cohorts = لا توجد دفعة مفتوحة للتسجيل في الوقت الحالي.
course-cohort-when = من { $starts } إلى { $ends }، باللغة { $language }
course-cohort-when-places = من { $starts } إلى { $ends }، باللغة { $language }، { $places ->
    [0] مكتملة: يمكنك الانضمام إلى قائمة الانتظار
    [one] يتبقّى مقعد واحد
    [two] يتبقّى مقعدان
    [few] يتبقّى { $places } مقاعد
    [many] يتبقّى { $places } مقعدًا
   *[other] يتبقّى { $places } مقعد
}
course-join-waiting-list = الانضمام إلى قائمة الانتظار
course-enrol = التسجيل
course-enrolment-key = مفتاح التسجيل
course-log-in-to-enrol = سجّل الدخول للتسجيل

lesson-module = الوحدة { $position }: { $title }
lesson-minutes = { $count ->
    [zero] أقل من دقيقة
    [one] نحو دقيقة واحدة
    [two] نحو دقيقتين
    [few] نحو { $count } دقائق
    [many] نحو { $count } دقيقة
   *[other] نحو { $count } دقيقة
}
lesson-completed = ✓ لقد أكملت هذا الدرس.
lesson-mark-complete = تحديد الدرس كمكتمل
lesson-reading-as-staff = أنت تطّلع على الدرس بصفتك مُيسِّرًا أو مسؤولًا عن المنصة.
lesson-read-only = انتهت دفعتك في { $date }: يمكنك الاطلاع على الدورة، لكن تقدّمك لم يعد يُسجَّل.
lesson-module-progress = التقدّم في الوحدة
lesson-pager = الدروس
lesson-previous = → السابق: { $title }
lesson-next = التالي: { $title } ←
lesson-enrol-title = سجّل للاطلاع على الدرس · { $course }
lesson-part-of = هذا الدرس جزء من دورة { $course }. سجّل في إحدى دفعات الدورة للاطلاع عليه.
