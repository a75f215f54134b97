# Administration et conception : cours, modules, leçons, quiz, utilisateurs et journal d’audit.

## La liste des cours et un nouveau cours
admin-authoring = Conception
admin-published = Publié
admin-draft = Brouillon
admin-new-course = Nouveau cours
admin-create-course = Créer le cours

## Les informations d’un cours
admin-title = Titre
admin-slug = Identifiant d’adresse
admin-slug-optional = Identifiant d’adresse (facultatif)
admin-slug-hint = L’adresse du cours : /courses/<identifiant>. Formé à partir du titre s’il est laissé vide.
admin-summary = Résumé
admin-language = Langue
admin-estimated-hours = Durée estimée (heures)

## L’éditeur de cours
admin-course-page-title = Modifier : { $title }
admin-saved = Enregistré.
admin-module-deleted = Le module a été supprimé.
admin-rules-saved = Les règles de certificat sont enregistrées. Les participants qui y satisfont désormais ont reçu leur certificat.
admin-course-published = Publié : visible dans le catalogue.
admin-course-draft = Brouillon : visible uniquement par les administrateurs.
admin-publish = Publier
admin-unpublish = Retirer de la publication
admin-view-course = Voir la page du cours
admin-modules = Modules
admin-no-modules = Aucun module pour l’instant.
admin-module-lessons = { $count ->
    [one] { $count } leçon
   *[other] { $count } leçons
}
admin-delete = Supprimer
admin-add-module = Ajouter un module
admin-module-title = Titre du module
admin-objectives = Objectifs d’apprentissage
admin-objectives-hint = Un par ligne, par exemple « - calculer le temps de travail disponible ».
admin-add-module-button = Ajouter le module
admin-cohorts = Cohortes
admin-cohort-dates = du { $starts } au { $ends }
admin-cohort-places = places occupées : { $enrolled } sur { $capacity }
admin-cohort-enrolled = { $count ->
    [one] { $count } inscrit
   *[other] { $count } inscrits
}
admin-enrolment-open = Inscriptions ouvertes
admin-enrolment-closed = Inscriptions fermées
admin-open-enrolment = Ouvrir les inscriptions
admin-close-enrolment = Fermer les inscriptions
admin-add-cohort = Ajouter une cohorte
admin-add-cohort-button = Ajouter la cohorte
admin-certificate-rules = Règles de certificat
admin-certificate-rules-intro = Un participant reçoit un certificat dès qu’il a terminé toutes les leçons, réussi tous les quiz et satisfait aux règles ci-dessous.
admin-rules-rounds = Nombre de cycles de l’ensemble d’apprentissage-action auxquels contribuer
admin-rules-rounds-hint = Le participant doit aussi avoir présenté un défi au moins une fois. 0 désactive l’exigence de participation à l’ensemble.
admin-rules-approval = Un tuteur de la cohorte doit valider l’achèvement
admin-save-rules = Enregistrer les règles de certificat
admin-course-details = Informations sur le cours
admin-save-course = Enregistrer les informations du cours

## L’éditeur de module
admin-module-page-title = Modifier le module : { $title }
admin-lesson-deleted = La leçon a été supprimée.
admin-lessons = Leçons
admin-no-lessons = Aucune leçon pour l’instant.
admin-add-lesson = Ajouter une leçon
admin-lesson-title = Titre de la leçon
admin-add-lesson-button = Ajouter la leçon
admin-quiz = Quiz
admin-edit-quiz = Modifier le quiz « { $title } »
admin-add-quiz = Ajouter un quiz à ce module
admin-module-details = Informations sur le module
admin-save-module = Enregistrer le module
admin-delete-this-module = Supprimer ce module
admin-delete-module-effect = La suppression retire aussi ses leçons ({ $lessons }). Les participants y ont terminé des leçons { $completions } fois.
admin-delete-module = Supprimer le module

## Suppressions qui effacent la progression des participants
admin-delete-named = Supprimer « { $title } » ?
admin-delete-module-page-title = Supprimer un module ?
admin-delete-module-warning = Les participants ont terminé des leçons de ce module { $completions } fois. Sa suppression retire ses leçons ({ $lessons }) et cette progression. La suppression est consignée.
admin-delete-module-confirm = Oui, supprimer le module
admin-delete-lesson-page-title = Supprimer une leçon ?
admin-delete-lesson-warning = Les participants ont terminé cette leçon { $count } fois. Sa suppression retire la leçon et cette progression. La suppression est consignée.
admin-delete-lesson-confirm = Oui, supprimer la leçon

## L’éditeur de leçon
admin-lesson-page-title = Modifier la leçon : { $title }
admin-lesson-saved = Enregistré. Les participants voient la nouvelle version ; leur progression est conservée.
admin-estimated-minutes = Durée estimée (minutes)
admin-save-lesson = Enregistrer la leçon
admin-delete-this-lesson = Supprimer cette leçon
admin-lesson-completions = Les participants ont terminé cette leçon { $count } fois.
admin-delete-lesson = Supprimer la leçon
admin-saved-version = Version enregistrée, telle que la voient les participants
admin-open-lesson = Ouvrir la page de la leçon
admin-body = Texte de la leçon (Markdown)
admin-body-hint = Titres avec ##, listes avec -, tableaux avec | barres verticales |, liens sous la forme [texte](https://…).
admin-preview = Aperçu
admin-preview-heading = Aperçu (non enregistré)

## L’éditeur de quiz
admin-quiz-page-title = Quiz : { $module }
admin-quiz-saved = Le quiz a été enregistré.
admin-quiz-attempts = Ce module a un quiz ; les participants ont fait { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
}.
admin-quiz-none = Ce module n’a pas encore de quiz. Partez de l’exemple ci-dessous.
admin-quiz-source = Quiz (TOML, le format des paquets de cours)
admin-quiz-source-hint = Types de questions : single-choice, multiple-choice (partial_credit = true pour un crédit partiel), true-false, numeric (answer, tolerance = {"{"} absolute = … {"}"} ou {"{"} percent = … {"}"}, unit), short-text (accepted = ["…"]). Conservez l’id d’une question lorsque vous la modifiez : les tentatives y font référence.
admin-save-quiz = Enregistrer le quiz
admin-delete-the-quiz = Supprimer le quiz
admin-delete-quiz-hint = Possible uniquement tant que personne n’a tenté le quiz.
admin-delete-quiz = Supprimer le quiz

## Utilisateurs
admin-users = Utilisateurs
admin-users-search-label = Rechercher par nom ou adresse électronique
admin-users-search = Rechercher
admin-users-first = Affichage des { $count } premiers utilisateurs. Lancez une recherche pour affiner la liste.
admin-users-count = { $count ->
    [one] { $count } utilisateur
   *[other] { $count } utilisateurs
}
admin-users-name = Nom
admin-users-email = Adresse électronique
admin-users-country = Pays
admin-users-profession = Profession
admin-users-role = Rôle
admin-users-status = Statut
admin-users-last-login = Dernière connexion
admin-users-role-of = Rôle de { $name }
admin-users-save-role = Enregistrer le rôle
admin-users-active = Actif
admin-users-deactivated = Désactivé
admin-users-deactivate = Désactiver
admin-users-reactivate = Réactiver
admin-users-never = Jamais

## Le journal d’audit
admin-audit = Journal d’audit
admin-audit-kind = Type de modification
admin-audit-any = Tous
admin-audit-actor = Par (nom ou adresse électronique)
admin-audit-subject = Concernant (nom, adresse électronique, code…)
admin-audit-from = Du
admin-audit-to = Au
admin-audit-show = Afficher
admin-audit-empty = Aucune entrée ne correspond à ces filtres.
admin-audit-truncated = Affichage des { $count } dernières entrées ; affinez les filtres pour voir les plus anciennes.
admin-audit-when = Date (UTC)
admin-audit-by = Par
admin-audit-change = Modification
admin-audit-about = Concernant
admin-audit-before = Avant
admin-audit-after = Après
admin-audit-role-changed = Rôle modifié
admin-audit-account-deactivated = Compte désactivé
admin-audit-account-reactivated = Compte réactivé
admin-audit-enrolled-by-administrator = Inscription par un administrateur
admin-audit-roster-confirmed = Liste des participants confirmée
admin-audit-enrolment-withdrawn = Inscription retirée
admin-audit-enrolment-reinstated = Inscription rétablie
admin-audit-certificate-issued = Certificat délivré
admin-audit-certificate-revoked = Certificat révoqué
admin-audit-name-correction-decided = Demande de correction de nom traitée
admin-audit-post-hidden = Message masqué
admin-audit-post-restored = Message rétabli
