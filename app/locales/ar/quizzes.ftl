# الاختبارات: أداء المحاولة ونتيجتها وصفحة الاختبار وتقرير نتائجه.
quiz-attempt-submitted = تم تقديم هذه المحاولة.
quiz-see-result = عرض نتيجتها
quiz-attempt-title = { $quiz } · المحاولة { $number }
quiz-attempt = المحاولة { $number }
quiz-submit = تقديم الإجابات
quiz-question = السؤال { $number }
quiz-question-points = السؤال { $number } ({ $points ->
    [zero] بلا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $points } نقاط
    [many] { $points } نقطة
   *[other] { $points } نقطة
})
quiz-choose-all = اختر كل الإجابات الصحيحة.
quiz-true = صح
quiz-false = خطأ
quiz-your-answer = إجابتك

quiz-questions = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
quiz-pass-mark = درجة النجاح { $mark }%
quiz-attempts-allowed = { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولة
   *[other] { $count } محاولة
}
quiz-unlimited-attempts = عدد غير محدود من المحاولات
quiz-results-by-cohort = النتائج حسب الدفعة
quiz-passed-best = ✓ ناجح. أفضل نتيجة لك: { $score }%.
quiz-best-so-far = أفضل نتيجة لك حتى الآن: { $score }%.
quiz-continue-attempt = متابعة محاولتك
quiz-start-attempt = بدء محاولة
quiz-your-attempts = محاولاتك
quiz-attempt-passed = المحاولة { $number }: { $score }% (ناجحة)
quiz-attempt-not-passed = المحاولة { $number }: { $score }% (غير ناجحة)
quiz-attempt-open = المحاولة { $number }: لم تُقدَّم بعد

quiz-report-title = النتائج · { $quiz }
quiz-report-heading = نتائج الاختبار
quiz-cohort = الدفعة
quiz-show = عرض
quiz-no-cohorts = ليست لديك أي دفعة في هذه الدورة.
quiz-participants = المشاركون
quiz-participant = المشارك
quiz-attempts = المحاولات
quiz-best-score = أفضل نتيجة
quiz-passed-mark = ناجح ({ $mark }%)
quiz-percent = { $score }%
quiz-yes = نعم
quiz-no = لا
quiz-questions-heading = الأسئلة
quiz-questions-hint = نسبة المشاركين الذين أدّوا الاختبار وأجابوا إجابة صحيحة عن كل سؤال في أفضل محاولاتهم.
quiz-question-column = السؤال
quiz-right-column = الإجابات الصحيحة
quiz-share = { $right } من { $answered } ({ $percent }%)

quiz-result-title = النتيجة · { $quiz }
quiz-result-heading = المحاولة { $number }: { $score }%
quiz-result-passed = لقد نجحت بنتيجة { $score }% (درجة النجاح { $mark }%).
quiz-result-failed = حصلت على { $score }%. درجة النجاح هي { $mark }%.
quiz-attempts-left = { $count ->
    [0] لم تتبقَّ لك أي محاولة.
    [one] تتبقّى لك محاولة واحدة.
    [two] تتبقّى لك محاولتان.
    [few] تتبقّى لك { $count } محاولات.
    [many] تتبقّى لك { $count } محاولة.
   *[other] تتبقّى لك { $count } محاولة.
}
quiz-your-answer-label = إجابتك:
quiz-right = ✓ إجابة صحيحة
quiz-not-right = ✗ إجابة غير صحيحة
quiz-correct-answer = الإجابة الصحيحة:
quiz-back = العودة إلى الاختبار
