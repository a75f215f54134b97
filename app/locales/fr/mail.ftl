## Courriels envoyés et boîte d’envoi.

mail-greeting = Bonjour { $name },
mail-reset-subject = Choisir un nouveau mot de passe pour HRH Learning
mail-reset-lead = Quelqu’un a demandé à choisir un nouveau mot de passe pour votre compte. Pour le faire, ouvrez ce lien :
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-expiry = Le lien ne sert qu’une fois, pendant { $minutes } minutes. L’utiliser vous déconnecte partout ailleurs.
mail-reset-ignore = Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.

account-forgot-password = Mot de passe oublié ?
account-forgot-title = Mot de passe oublié
account-forgot-intro = Saisissez l’adresse électronique de votre compte. Nous y enverrons un lien pour choisir un nouveau mot de passe.
account-forgot-send = Envoyez-moi un lien
account-forgot-sent = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe est en route. Il sert pendant une heure. Rien reçu ? Regardez dans vos indésirables, ou demandez à l’administrateur de votre cours.

admin-outbox = Boîte d’envoi
admin-outbox-by-smtp = Les messages partent par { $server }.
admin-outbox-kept = Aucun serveur de messagerie n’est configuré : chaque message est gardé ici et dans un fichier du dossier { $folder }.
admin-outbox-empty = Aucun message pour l’instant.
admin-outbox-to = À
admin-outbox-subject = Objet
admin-outbox-status = État
admin-outbox-attempts = Tentatives
admin-outbox-result = Dernière réponse
admin-outbox-created = Écrit le
admin-outbox-resend = Renvoyer
admin-outbox-resent = Le message est de nouveau en file d’attente.
admin-outbox-read = Lire le message
admin-outbox-queued = En attente
admin-outbox-sending = En cours d’envoi
admin-outbox-sent = Envoyé
admin-outbox-failed = Échec
msg-outbox-not-resendable = Ce message part en ce moment ; attendez qu’il soit envoyé ou qu’il échoue.
msg-account-reset-paused = Trop de demandes depuis cette connexion. Attendez une minute et réessayez.
mail-invitation-subject = Votre place dans { $cohort } sur HRH Learning
mail-invitation-lead = Un administrateur vous a inscrit dans { $cohort }. Choisissez votre mot de passe pour vous connecter :
mail-invitation-action = Choisir votre mot de passe
mail-invitation-expiry = Le lien ne sert qu’une fois, pendant { $days } jours. Votre adresse électronique est votre identifiant.
