# Comptes : connexion, inscription, page du compte.
account-log-in = Se connecter
account-email = Adresse e-mail
account-password = Mot de passe
account-new-here = Première visite ?
account-create-an-account = Créer un compte
account-register-title = Créer votre compte
account-full-name = Nom complet
account-full-name-hint = Tel qu’il doit figurer sur votre certificat.
account-country = Pays
account-choose-country = Choisissez votre pays
account-cadre = Profession ou catégorie professionnelle
account-choose-cadre = Choisissez votre profession ou catégorie professionnelle
account-language = Langue préférée
account-password-hint = De 8 à 128 caractères. Quelques mots faciles à retenir font un bon mot de passe.
account-create-account = Créer le compte
account-have-an-account = Vous avez déjà un compte ?
account-title = Votre compte
account-profile-saved = Votre profil a été enregistré.
account-password-changed = Votre mot de passe a été modifié.
account-profile = Profil
account-email-is = Adresse e-mail :
account-role-is = Rôle : { $role }
account-save-profile = Enregistrer le profil
account-change-password = Changer de mot de passe
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-new-password-hint = De 8 à 128 caractères.
account-confirm-password = Confirmez le nouveau mot de passe
account-choose-password = Choisissez votre mot de passe
account-link-welcome = Bienvenue, { $name }. Votre compte est associé à l’adresse { $email }.
account-link-password-hint = Au moins 8 caractères.
account-set-password = Définir le mot de passe et se connecter
account-link-broken = Ce lien ne fonctionne pas
account-role-participant = Participant
account-role-tutor = Tuteur
account-role-administrator = Administrateur
account-cadre-health-manager = Gestionnaire ou administrateur de santé
account-cadre-hr-officer = Responsable des ressources humaines
account-cadre-planner = Planificateur des personnels de santé
account-cadre-educator = Formateur de personnels de santé
account-cadre-nurse = Infirmier ou infirmière
account-cadre-midwife = Sage-femme
account-cadre-medical-doctor = Médecin
account-cadre-clinical-officer = Clinicien non médecin
account-cadre-community-health-worker = Agent de santé communautaire
account-cadre-pharmacist = Pharmacien
account-cadre-public-health-officer = Agent de santé publique
account-cadre-other = Autre

## La page d’accueil : « Mon apprentissage », ou une présentation pour les visiteurs.
home-intro-title = Formations courtes sur les ressources humaines pour la santé
home-intro = Étudiez les modules des cours, répondez aux quiz et travaillez sur de vrais défis professionnels avec vos collègues, au sein d’ensembles d’apprentissage-action animés par un tuteur. Conçu pour les téléphones et les connexions lentes.
home-browse-courses = Parcourir les cours
home-my-learning = Mon apprentissage
home-welcome = Bienvenue, { $name }.
home-password-set = Votre mot de passe est défini et vous êtes connecté.
home-administration = Administration
home-manage-users = Gérer les utilisateurs et les rôles
home-courses-and-cohorts = Cours et cohortes
home-your-courses = Vos cours
home-no-courses = Vous n’êtes encore inscrit à aucun cours.
home-find-course = Trouvez un cours
home-join-cohort = et rejoignez sa cohorte ouverte.
home-cohort = Cohorte : { $cohort }
home-enrolled-from-waiting-list = Une place s’est libérée : vous avez été inscrit depuis la liste d’attente.
home-cohort-ended = Votre cohorte est terminée : le cours est en lecture seule.
home-progress-in = Progression dans { $course }
home-continue = Reprendre là où vous vous êtes arrêté : { $lesson }
home-all-done = ✓ Toutes les leçons sont terminées
home-your-sets = Vos ensembles d’apprentissage-action
home-unread = { $count ->
    [one] { $count } nouveau
   *[other] { $count } nouveaux
}
home-your-commitments = Vos engagements d’action
home-due = échéance le { $date }
home-overdue-since = en retard depuis le { $date }
home-waiting-lists = Listes d’attente
home-waiting-place = , { $cohort } : vous êtes en position { $position } sur la liste d’attente.
home-leave-waiting-list = Quitter la liste d’attente
home-cohorts-you-tutor = Cohortes que vous encadrez
home-tutored-cohort = { $course } : { $cohort }
home-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
home-sets = Ensembles
home-certificates = Certificats

## Éléments communs : champs de formulaire, pages d’erreur, confirmations, progression, ordre.
form-show-password = Afficher
form-hide-password = Masquer
error-not-found-title = Page introuvable
error-forbidden-title = Action non autorisée
error-unauthenticated-title = Veuillez vous connecter
error-internal-title = Une erreur s’est produite
error-other-title = Cela n’a pas fonctionné
error-not-found = Nous n’avons pas trouvé cette page.
error-forbidden = Vous n’avez pas l’autorisation de faire cela.
error-unauthenticated = Veuillez vous connecter pour continuer.
error-internal = Une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.
error-invalid-form = Veuillez corriger les champs signalés ci-dessous.
error-home-link = Aller à la page d’accueil
confirm-cancel = Annuler
progress-done = { $done ->
    [one] { $done } terminé
   *[other] { $done } terminés
} sur { $total } ({ $percent } %)
reorder-move-up = Monter
reorder-move-down = Descendre
reorder-item =  : { $item }
account-sessions = Où vous êtes connecté
account-sessions-hint = Chaque navigateur ou téléphone connecté à votre compte. Si vous n’en reconnaissez pas un, fermez sa session et changez votre mot de passe. Changer de mot de passe ferme toutes les autres sessions.
account-session-device = Navigateur
account-session-started = Connexion
account-session-last-seen = Dernière utilisation
account-session-address = Adresse
account-session-action = Action
account-session-unknown-device = Navigateur inconnu
account-session-this-one = Ce navigateur
account-session-end = Fermer cette session
account-sessions-end-others = Se déconnecter partout ailleurs
account-sessions-ended = La session a été fermée : ce navigateur est déconnecté.
