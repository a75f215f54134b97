# Cohortes : paramètres, participants et inscriptions, fichiers de participants, rapport de progression.

## Les champs des paramètres d’une cohorte
cohort-field-name = Nom de la cohorte
cohort-field-starts-on = Date de début
cohort-field-ends-on = Date de fin
cohort-field-ends-on-hint = Après cette date, le cours est en lecture seule pour les participants de la cohorte.
cohort-field-language = Langue de la cohorte
cohort-field-capacity = Nombre de places (facultatif)
cohort-field-capacity-hint = Laisser vide pour ne fixer aucune limite. Lorsque la cohorte est complète, les personnes qui s’inscrivent sont placées sur une liste d’attente.
cohort-field-enrolment-key = Clé d’inscription (facultatif)
cohort-field-enrolment-key-hint = Si une clé est définie, les participants doivent la saisir pour s’inscrire. Les majuscules ne comptent pas.
cohort-field-at-risk-days = Jours sans activité avant qu’un participant soit considéré « à risque »
cohort-field-set-size = Taille maximale d’un ensemble d’apprentissage-action
cohort-field-enrolment-open = Les inscriptions sont ouvertes

## La page d’une cohorte : paramètres et tuteurs
cohort-title = Cohorte : { $cohort }
cohort-breadcrumb-authoring = Conception
cohort-notice-created = La cohorte a été créée.
cohort-notice-saved = Enregistré.
cohort-places-taken-short = { $count ->
    [one] { $count } place occupée sur { $capacity }
   *[other] { $count } places occupées sur { $capacity }
}
cohort-enrolled-no-limit = { $count ->
    [one] { $count } inscrit (sans limite)
   *[other] { $count } inscrits (sans limite)
}
cohort-waiting-count = { $count ->
    [one] { $count } personne sur la liste d’attente
   *[other] { $count } personnes sur la liste d’attente
}
cohort-participants-link = Participants et inscriptions
cohort-sets-link = Ensembles d’apprentissage-action
cohort-certificates-link = Certificats
cohort-tutors = Tuteurs
cohort-no-tutor = Aucun tuteur pour le moment.
cohort-remove-tutor = Retirer
cohort-tutor-role-needed = Pour ajouter un tuteur, attribuez-lui d’abord le rôle de tuteur sur la <a href="/admin/users">page des utilisateurs</a>.
cohort-add-tutor = Ajouter un tuteur
cohort-add-tutor-submit = Ajouter le tuteur
cohort-settings = Paramètres
cohort-save-settings = Enregistrer les paramètres

## Les participants d’une cohorte
cohort-participants-title = Participants : { $cohort }
cohort-participants = Participants
cohort-notice-enrolled = Inscription effectuée.
cohort-notice-already-enrolled = Cette personne était déjà inscrite.
cohort-notice-reinstated = Réintégration effectuée, avec la progression antérieure.
cohort-notice-withdrawn = Retrait effectué. La progression est conservée en cas de réintégration.
cohort-places-taken = { $count ->
    [one] { $count } place occupée sur { $capacity }.
   *[other] { $count } places occupées sur { $capacity }.
}
cohort-enrolled-count = { $count ->
    [one] { $count } inscrit.
   *[other] { $count } inscrits.
}
cohort-enrol-one = Inscrire une personne
cohort-enrol-email = Adresse e-mail de son compte
cohort-enrol = Inscrire
cohort-enrolled-heading = Inscrits
cohort-column-name = Nom
cohort-column-email = E-mail
cohort-column-country = Pays
cohort-column-status = Statut
cohort-column-set-asked-for = Ensemble demandé
cohort-column-action = Action
cohort-enrolled-how = Inscription { $source }, le { $date }
cohort-source-administrator = par un administrateur
cohort-source-roster = à partir d’un fichier de participants
cohort-source-waiting-list = depuis la liste d’attente
cohort-source-self = autonome
cohort-withdrawn = Retiré
cohort-withdraw = Retirer
cohort-reinstate = Réintégrer
cohort-waiting-list = Liste d’attente
cohort-waiting-none = Personne n’est en attente.
cohort-waiting-explained = Lorsqu’une place se libère, la première personne de cette liste est inscrite automatiquement.
cohort-waiting-since = { $email }, depuis le { $date } à { $time }

## Inscrire à partir d’un fichier de participants ; $columns et $optional sont les noms de colonnes que le fichier doit utiliser.
roster-upload-heading = Inscrire à partir d’un tableur
roster-upload-help = Téléversez un fichier CSV comportant une ligne d’en-tête et les colonnes <strong>{ $columns }</strong>, et éventuellement <strong>{ $optional }</strong>. Les virgules comme les points-virgules conviennent. Vous verrez ce qu’il advient de chaque ligne avant toute modification.
roster-upload-file = Fichier CSV
roster-upload-submit = Téléverser et prévisualiser
roster-upload-empty = Choisissez un fichier CSV à téléverser.
roster-upload-too-large = Le fichier dépasse 1 Mo. Scindez-le en plusieurs fichiers.
roster-upload-not-utf8 = Le fichier n’est pas un texte UTF-8. Dans votre tableur, enregistrez-le au format « CSV UTF-8 ».
roster-upload-unreadable = Le fichier n’a pas pu être lu. Essayez de le téléverser à nouveau.
roster-title = Fichier de participants : { $file }
roster-participants-of = Participants de { $cohort }
roster-heading = Fichier de participants : { $file }
roster-confirmed = Confirmé : les comptes ont été créés et les participants inscrits.
roster-summary = { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
} : { $new ->
    [one] { $new } nouveau compte
   *[other] { $new } nouveaux comptes
}, { $existing ->
    [one] { $existing } compte existant à inscrire
   *[other] { $existing } comptes existants à inscrire
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}, { $errors } comportant des erreurs.
roster-errors-skipped = Les lignes comportant des erreurs sont ignorées. Pour les inclure, corrigez le fichier et téléversez-le à nouveau : les lignes déjà inscrites restent inchangées.
roster-confirm = Confirmer : inscrire { $count }
roster-nothing-to-enrol = Aucune inscription à effectuer à partir de ce fichier.
roster-links-heading = Liens de définition du mot de passe
roster-links-explained = { $count ->
    [one] { $count } compte créé à partir de ce fichier n’a pas encore de mot de passe.
   *[other] { $count } comptes créés à partir de ce fichier n’ont pas encore de mot de passe.
} Téléchargez un tableur contenant un lien personnel pour chacun, puis envoyez à chaque personne son lien : il ne fonctionne qu’une fois, pendant 30 jours.
roster-links-again = Chaque personne a reçu son lien par courriel à la confirmation du fichier. Le téléchargement crée de nouveaux liens et annule ceux envoyés : ne l’utilisez que là où le courriel n’arrive pas.
roster-links-download = Télécharger les liens de définition du mot de passe (CSV)
roster-column-row = Ligne
roster-column-plan = Ce qui se passera
roster-plan-new = Nouveau compte, sera inscrit
roster-plan-existing = Compte existant, sera inscrit
roster-plan-already-enrolled = Déjà inscrit : aucun changement
roster-plan-withdrawn = Retiré précédemment : aucun changement (réintégrez la personne depuis la liste des participants)
roster-plan-error = Erreur : { $reason }

## Le rapport de progression
report-title = Progression : { $cohort }
report-heading = Rapport de progression
report-all-countries = Tous les pays
report-sort-by = Trier par
report-sort-name = Nom
report-sort-least-progress = Moins avancés d’abord
report-sort-most-progress = Plus avancés d’abord
report-sort-longest-inactive = Inactifs depuis le plus longtemps d’abord
report-show = Afficher
report-download-csv = Télécharger le CSV
report-summary = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
} ; { $at_risk } à risque (aucune activité depuis plus de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}).
report-chart-description = Participants ayant terminé chaque module. { $modules }
report-chart-module = Module { $number } : { $done } sur { $total }
report-chart-count = { $done } sur { $total }
report-chart-caption = Participants ayant terminé chaque module (toutes les leçons lues, quiz réussi)
# Le nom court d’un module dans l’en-tête du tableau et le graphique.
report-module-short = M{ $number }
report-column-participant = Participant
report-column-progress = Progression
report-column-last-activity = Dernière activité
report-percent = { $percent } %
report-at-risk = À risque
# $lessons vaut « leçons terminées/leçons », par exemple 2/3.
report-quiz-passed = { $lessons } · quiz { $best } % ✓
report-quiz-score = { $lessons } · quiz { $best } %
report-quiz-not-taken = { $lessons } · quiz –
