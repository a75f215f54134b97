catalogue-title = Cours
catalogue-language = Langue
catalogue-all-languages = Toutes les langues
catalogue-show = Afficher
catalogue-empty = Aucun cours n’est encore publié dans cette langue.
course-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
course-hours = { $count ->
    [one] environ { $count } heure
   *[other] environ { $count } heures
}

course-enrolled-notice = Votre inscription est confirmée. Bienvenue dans le cours !
course-waiting-notice = La cohorte est complète : vous êtes donc sur sa liste d’attente, en position { $position }. Dès qu’une place se libérera, votre inscription se fera automatiquement et le cours apparaîtra sur votre page d’accueil.
course-draft = Brouillon : pas encore publié
course-your-progress = Votre progression
course-cohort = Cohorte : { $name } (du { $starts } au { $ends })
course-progress = Progression dans le cours
course-continue = Continuer : { $lesson }
course-modules-title = Modules
course-module-progress = Progression : { $module }
course-objectives = Objectifs d’apprentissage
course-lesson-minutes = { $count } min
course-lesson-completed = ✓ Terminée
course-quiz = Quiz : { $title }
course-quiz-passed = ✓ Réussi ({ $score } %)
course-quiz-best = Meilleur score : { $score } %
course-join = S’inscrire à ce cours
course-no-cohorts = Aucune cohorte n’est ouverte aux inscriptions pour le moment.
course-cohort-when = du { $starts } au { $ends }, langue : { $language }
course-cohort-when-places = du { $starts } au { $ends }, langue : { $language }, { $places ->
    [0] complet : vous pouvez vous inscrire sur la liste d’attente
    [one] { $places } place restante
   *[other] { $places } places restantes
}
course-join-waiting-list = S’inscrire sur la liste d’attente
course-enrol = S’inscrire
course-enrolment-key = Clé d’inscription
course-log-in-to-enrol = Se connecter pour s’inscrire

lesson-module = Module { $position } : { $title }
lesson-minutes = { $count ->
    [one] Environ { $count } minute
   *[other] Environ { $count } minutes
}
lesson-completed = ✓ Vous avez terminé cette leçon.
lesson-mark-complete = Marquer comme terminée
lesson-reading-as-staff = Vous consultez cette leçon en tant que tuteur ou administrateur.
lesson-read-only = Votre cohorte a pris fin le { $date } : vous pouvez consulter le cours, mais votre progression n’est plus enregistrée.
lesson-module-progress = Progression dans le module
lesson-pager = Leçons
lesson-previous = ← Précédente : { $title }
lesson-next = Suivante : { $title } →
lesson-enrol-title = Inscrivez-vous pour lire · { $course }
lesson-part-of = Cette leçon fait partie du cours { $course }. Inscrivez-vous dans une cohorte de ce cours pour la lire.
