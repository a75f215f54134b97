# Ce que dit le serveur au sujet des cours et des quiz : erreurs de formulaire, refus et vérifications des quiz.

## Champs des cours, modules et leçons tels que saisis. `field` est le nom
## du champ avec des traits d’union : title, summary, learning-objectives,
## cohort-name, set-name, round-title, reason, action, estimated-hours,
## estimated-minutes.
msg-course-slug-invalid = Utilisez de 1 à { $max } lettres minuscules sans accents, chiffres et traits d’union simples, comme « workforce-planning ».
msg-course-text-missing = { $field ->
    [title] Saisissez un titre.
    [summary] Saisissez un résumé.
    [learning-objectives] Saisissez des objectifs d’apprentissage.
    [cohort-name] Saisissez un nom de cohorte.
    [set-name] Saisissez un nom d’ensemble.
    [round-title] Saisissez un titre de cycle.
    [reason] Indiquez un motif.
    [action] Saisissez une action.
   *[other] Remplissez ce champ.
}
msg-course-text-too-long = { $field ->
    [title] Utilisez au plus { $max } caractères pour le titre.
    [summary] Utilisez au plus { $max } caractères pour le résumé.
    [learning-objectives] Utilisez au plus { $max } caractères pour les objectifs d’apprentissage.
    [cohort-name] Utilisez au plus { $max } caractères pour le nom de la cohorte.
    [set-name] Utilisez au plus { $max } caractères pour le nom de l’ensemble.
    [round-title] Utilisez au plus { $max } caractères pour le titre du cycle.
    [reason] Utilisez au plus { $max } caractères pour le motif.
    [action] Utilisez au plus { $max } caractères pour l’action.
   *[other] Utilisez au plus { $max } caractères.
}
msg-course-title-one-line = Écrivez le titre sur une seule ligne, sans caractères de contrôle.
msg-course-number-invalid = { $field ->
    [estimated-hours] Indiquez la durée estimée en heures par un nombre entier de 0 à { $max }.
    [estimated-minutes] Indiquez la durée estimée en minutes par un nombre entier de 0 à { $max }.
   *[other] Saisissez un nombre entier de 0 à { $max }.
}
msg-course-date-invalid = Saisissez une date au format AAAA-MM-JJ, par exemple 2027-03-01.
msg-course-choose-language = Choisissez une langue dans la liste.
msg-course-lesson-too-long = La leçon est trop longue : { $size } Ko au maximum.

## Écrire les cours.
msg-course-slug-taken = Un autre cours utilise déjà cet identifiant d’adresse.
msg-course-module-slug-taken = Un autre module de ce cours utilise déjà cet identifiant d’adresse.
msg-course-lesson-slug-taken = Une autre leçon de ce module utilise déjà cet identifiant d’adresse.
msg-course-unknown-direction = Sens de déplacement inconnu.
msg-course-preview-too-long = La leçon est trop longue pour être prévisualisée.

## Lire les cours.
msg-course-progress-participants-only = Seuls les participants inscrits à ce cours enregistrent leur progression.
msg-course-cohort-ended = Votre cohorte s’est terminée le { $date } : le cours est désormais en lecture seule.

## Écrire les quiz. Les clés du fichier de quiz (title, pass_mark,
## max_attempts, id, prompt, points) restent telles quelles.
msg-quiz-too-long = Le quiz est trop long.
msg-quiz-toml-line = Ligne { $line } : { $message }
msg-quiz-attempted-cannot-delete = Des participants ont tenté ce quiz : il ne peut donc pas être supprimé.
msg-quiz-title-length = title : utilisez de 1 à 150 caractères
msg-quiz-pass-mark-range = pass_mark : indiquez un pourcentage de 0 à 100
msg-quiz-max-attempts-zero = max_attempts : indiquez 1 ou plus, ou omettez-le pour des tentatives illimitées
msg-quiz-no-questions = un quiz compte au moins une question
msg-quiz-question-problem = question { $number } ({ $id }) : { $problem }
msg-quiz-id-invalid = id ne doit contenir que des lettres minuscules, des chiffres et des traits d’union
msg-quiz-id-twice = id est utilisé deux fois
msg-quiz-prompt-length = prompt doit compter de 1 à 4 000 caractères
msg-quiz-points-range = points doit être compris entre 1 et 100
msg-quiz-key-two-options = une question à choix demande au moins deux options aux id différents
msg-quiz-key-one-correct = une question à choix unique demande exactement une option correcte
msg-quiz-key-some-correct = une question à choix multiples demande au moins une option correcte
msg-quiz-key-numeric = une question numérique demande une réponse finie et une tolérance de 0 ou plus
msg-quiz-key-accepted-answer = une question à réponse courte demande au moins une réponse acceptée

## Passer les quiz.
msg-quiz-participants-only = Seuls les participants inscrits au cours passent ses quiz.
msg-quiz-cohort-ended = Votre cohorte est terminée : ses quiz sont donc fermés.
msg-quiz-no-attempts-left = Vous avez utilisé toutes vos tentatives pour ce quiz.
msg-quiz-already-submitted = Cette tentative a déjà été soumise ; son score reste inchangé.
msg-quiz-not-submitted = Cette tentative n’a pas encore été soumise.
msg-quiz-answers-too-long = Les réponses sont trop longues.
msg-quiz-unknown-question = Les réponses mentionnent une question qui ne fait pas partie de cette tentative ; rien n’a été enregistré.
msg-quiz-answers-unreadable = Certaines réponses n’ont pas pu être lues ; rien n’a été enregistré. Veuillez les corriger.
msg-quiz-unknown-option = Cette option ne fait pas partie de la question.
msg-quiz-unknown-option-named = L’option « { $option } » ne fait pas partie de la question.
msg-quiz-true-or-false = Répondez par vrai ou faux.
msg-quiz-enter-number = Saisissez un nombre.
msg-quiz-not-a-number = « { $text } » n’est pas un nombre. Saisissez un nombre comme 2,6.
msg-quiz-answer-too-long = Utilisez au plus 500 caractères.

## Les réponses sur la page de résultat.
msg-quiz-no-answer = Pas de réponse
msg-quiz-true = Vrai
msg-quiz-false = Faux
msg-quiz-tolerance-percent = ± { $percent } %
