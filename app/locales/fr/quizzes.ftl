# Quiz : passer une tentative, son résultat, la présentation d’un quiz et son bilan.
quiz-attempt-submitted = Cette tentative a été soumise.
quiz-see-result = Voir son résultat
quiz-attempt-title = { $quiz } · tentative { $number }
quiz-attempt = Tentative { $number }
quiz-submit = Soumettre les réponses
quiz-question = Question { $number }
quiz-question-points = Question { $number } ({ $points } points)
quiz-choose-all = Cochez toutes les réponses qui conviennent.
quiz-true = Vrai
quiz-false = Faux
quiz-your-answer = Votre réponse

quiz-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
quiz-pass-mark = seuil de réussite { $mark } %
quiz-attempts-allowed = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
}
quiz-unlimited-attempts = tentatives illimitées
quiz-results-by-cohort = Résultats par cohorte
quiz-passed-best = ✓ Réussi. Votre meilleur score : { $score } %.
quiz-best-so-far = Votre meilleur score jusqu’ici : { $score } %.
quiz-continue-attempt = Reprendre votre tentative
quiz-start-attempt = Commencer une tentative
quiz-your-attempts = Vos tentatives
quiz-attempt-passed = Tentative { $number } : { $score } % (réussie)
quiz-attempt-not-passed = Tentative { $number } : { $score } % (non réussie)
quiz-attempt-open = Tentative { $number } : pas encore soumise

quiz-report-title = Résultats · { $quiz }
quiz-report-heading = Résultats du quiz
quiz-cohort = Cohorte
quiz-show = Afficher
quiz-no-cohorts = Vous n’avez aucune cohorte dans ce cours.
quiz-participants = Participants
quiz-participant = Participant
quiz-attempts = Tentatives
quiz-best-score = Meilleur score
quiz-passed-mark = Réussi ({ $mark } %)
quiz-percent = { $score } %
quiz-yes = Oui
quiz-no = Non
quiz-questions-heading = Questions
quiz-questions-hint = Part des participants ayant tenté le quiz qui ont bien répondu à chaque question lors de leur meilleure tentative.
quiz-question-column = Question
quiz-right-column = Bonnes réponses
quiz-share = { $right } sur { $answered } ({ $percent } %)

quiz-result-title = Résultat · { $quiz }
quiz-result-heading = Tentative { $number } : { $score } %
quiz-result-passed = Vous avez réussi avec { $score } % (seuil de réussite { $mark } %).
quiz-result-failed = Votre score est de { $score } %. Le seuil de réussite est de { $mark } %.
quiz-attempts-left = { $count ->
    [0] Il ne vous reste aucune tentative.
    [one] Il vous reste { $count } tentative.
   *[other] Il vous reste { $count } tentatives.
}
quiz-your-answer-label = Votre réponse :
quiz-right = ✓ Bonne réponse
quiz-not-right = ✗ Mauvaise réponse
quiz-correct-answer = Bonne réponse :
quiz-back = Retour au quiz
