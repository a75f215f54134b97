# رسائل الخادم الخاصة بالدفعات والتسجيل وملفات المشاركين.

## إعدادات الدفعة
msg-cohort-key-length = استخدم من { $min } إلى { $max } حرفًا لمفتاح التسجيل، أو اتركه فارغًا.
msg-cohort-key-control = يحتوي مفتاح التسجيل على أحرف لا يمكن كتابتها بلوحة المفاتيح.
msg-cohort-ends-before-start = يجب ألّا يسبق تاريخ الانتهاء تاريخ البدء.
msg-cohort-capacity-invalid = أدخل عدد المقاعد عددًا صحيحًا من 1 إلى { $max }، أو اتركه فارغًا لعدم وضع حدّ أقصى.
msg-cohort-at-risk-days-invalid = أدخل عدد الأيام عددًا صحيحًا من 1 إلى 365.
msg-cohort-set-size-invalid = أدخل الحد الأقصى لحجم المجموعة عددًا صحيحًا من 2 إلى 30.
msg-cohort-capacity-below-enrolled = عدد المشاركين المسجَّلين حاليًا { $enrolled }: لا يمكن أن يقلّ عدد المقاعد عن ذلك.
msg-cohort-not-a-tutor = لا يمكن أن يكون مُيسِّرًا للدفعة إلا من له دور المُيسِّر أو المسؤول. غيّر دوره أولًا في صفحة المستخدمين.

## التسجيل
msg-cohort-no-such-account = لا يوجد حساب يستخدم هذا البريد الإلكتروني. اطلب من صاحبه إنشاء حساب، أو سجّله بملف مشاركين، فهو يُنشئ الحسابات.
msg-cohort-enrolment-closed = التسجيل في هذه الدفعة مغلق. اسأل مسؤول دورتك عن الدفعة التالية.
msg-cohort-ended = انتهت هذه الدفعة.
msg-cohort-wrong-key-summary = مفتاح التسجيل هذا غير صحيح. اطلب المفتاح من مسؤول دورتك.
msg-cohort-wrong-key = مفتاح التسجيل هذا غير صحيح.
msg-cohort-full = الدفعة مكتملة: جميع المقاعد مشغولة ({ $capacity }). زِد عدد المقاعد أو اسحب تسجيل أحد المشاركين أولًا.

## ملفات المشاركين؛ أسماء الأعمدة (full name وemail…) هي التي يجب أن يستخدمها الملف، بالإنجليزية.
msg-roster-file-too-large = حجم الملف أكبر من { $kilobytes } كيلوبايت؛ قسّمه إلى عدة ملفات.
msg-roster-file-empty = الملف فارغ. صدّر جدول البيانات بصيغة CSV مع صف عناوين.
# $error هو شرح قارئ CSV نفسه، بالإنجليزية.
msg-roster-header-unreadable = تعذّرت قراءة صف العناوين: { $error }
msg-roster-not-csv = تعذّرت قراءة الملف بصيغة CSV: { $error }
# $missing يسرد أسماء الأعمدة الناقصة، مثل «email, country».
msg-roster-missing-columns = لا يحتوي صف العناوين على عمود لـ: { $missing }. الأعمدة هي: full name وemail وcountry وprofession or cadre وlanguage، واختياريًا set.
msg-roster-too-many-rows = يضمّ الملف أكثر من { $max } مشارك؛ قسّمه إلى عدة ملفات.
msg-roster-not-enough-places = سيُسجِّل هذا الملف مشاركين إضافيين عددهم { $wanted }، لكن عدد المقاعد المتبقية { $left } فقط من أصل { $capacity }. زِد عدد مقاعد الدفعة أو احذف بعض الصفوف.
# سبب تجاهل صف من الملف. $value هي الخلية كما كُتبت في الملف.
msg-roster-invalid-full-name = الاسم الكامل: { $reason }
msg-roster-invalid-email = البريد الإلكتروني: { $reason }
msg-roster-unknown-country = بلد غير معروف «{ $value }»: استخدم رمزًا من حرفين مثل SN.
# $cadres يسرد القيم التي يمكن أن يستخدمها الملف، بالإنجليزية.
msg-roster-unknown-cadre = مهنة أو فئة مهنية غير معروفة «{ $value }». القيم المقبولة: { $cadres }.
msg-roster-unknown-language = لغة غير معروفة «{ $value }»: استخدم en أو fr أو ar.
msg-roster-set-name-too-long = اسم المجموعة: استخدم 80 حرفًا على الأكثر.
msg-roster-duplicate-email = البريد الإلكتروني نفسه الوارد في الصف { $row }.
msg-roster-account-deactivated = هذا الحساب معطَّل.

## روابط تعيين كلمة المرور
msg-roster-link-gone = هذا الرابط لم يعد يعمل: فقد استُخدم، أو انتهت صلاحيته، أو حلّ محلّه رابط أحدث. اطلب رابطًا جديدًا من مسؤول دورتك.
msg-cohort-withdrawn = سحبك مسؤولو هذه الدفعة منها، لذا لا يمكنك التسجيل فيها مجددًا بنفسك. اسأل مسؤول دورتك إن كان ينبغي إعادتك.
msg-cohort-key-paused = أُدخلت مفاتيح تسجيل خاطئة كثيرة. يُرجى المحاولة مرة أخرى بعد { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }، أو اطلب المفتاح من مسؤول دورتك.
