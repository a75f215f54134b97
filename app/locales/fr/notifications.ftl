## Notifications : avis, courriels et résumés, réglages, calendrier.

notice-enrolled = Vous êtes inscrit·e à { $cohort } ({ $course }).
notice-promoted = Une place s’est libérée : vous êtes maintenant inscrit·e à { $cohort } ({ $course }).
notice-withdrawn = Vous avez été retiré·e de { $cohort } ({ $course }).
notice-round-opened = Le cycle { $number }, « { $round } », a commencé dans { $set }.
notice-round-opened-detail = Il se déroule du { $opens } au { $closes }. Présentent : { $presenters }.
notice-question = { $author } a posé une question sur votre défi dans { $round } ({ $set }).
notice-answer = { $author } a répondu à votre question dans { $round } ({ $set }).
notice-reply = { $author } a répondu dans « { $round } » ({ $set }).
notice-post-hidden = Un modérateur a masqué l’un de vos messages dans { $set }.
notice-post-hidden-detail = La raison donnée : { $reason }
notice-commitment-due = Votre engagement d’action dans { $set } arrive à échéance le { $due }.
notice-commitment-overdue = Votre engagement d’action dans { $set } était dû le { $due } et n’a pas encore de compte rendu.
notice-commitment-detail = Vous vous êtes engagé·e à : { $action }
notice-certificate-issued = Votre certificat pour { $course } est prêt.
notice-certificate-issued-detail = Chacun peut le vérifier à l’adresse { $verify }
notice-certificate-revoked = Votre certificat pour { $course } a été révoqué.
notice-certificate-revoked-detail = La raison donnée : { $reason }
notice-correction-decided = { $decision ->
    [approved] La correction du nom sur votre certificat pour { $course } a été acceptée.
   *[refused] La correction du nom sur votre certificat pour { $course } a été refusée.
}
notice-tutor-message = Votre tuteur ou tutrice { $author } vous a écrit au sujet de { $cohort }.
notice-tutor-message-detail = { $message }

mail-notice-open = L’ouvrir
mail-footer-why = Vous recevez ce courriel selon vos réglages de notification :
mail-footer-settings = les modifier
mail-footer-stop = Ne plus recevoir ces courriels
mail-digest-subject = { $count ->
    [one] Une nouveauté sur HRH Learning
   *[other] { $count } nouveautés sur HRH Learning
}
mail-digest-lead = Voici ce qui s’est passé depuis votre dernier résumé.

notifications-title = Notifications
notifications-intro = Choisissez comment chaque type de nouvelle vous parvient par courriel. Tout apparaît aussi dans « Quoi de neuf » sur votre page d’accueil. Les messages sur votre compte et sa sécurité sont toujours envoyés.
notifications-save = Enregistrer les réglages de notification
notifications-saved = Vos réglages de notification ont été enregistrés.
topic-enrolment = Votre place dans une cohorte
topic-set-activity = L’activité de vos groupes d’apprentissage par l’action
topic-commitments = Vos engagements d’action, à échéance ou en retard
topic-certificates = Vos certificats
topic-tutor-messages = Les messages de vos tuteurs
cadence-immediate = Tout de suite
cadence-daily = Résumé quotidien
cadence-weekly = Résumé hebdomadaire
cadence-off = Pas par courriel
msg-notifications-bad-choice = Choisissez une des options pour chaque type de nouvelle.

calendar-title = Votre calendrier
calendar-intro = Ajoutez cette adresse privée au calendrier de votre téléphone ou de votre ordinateur (en abonnement) pour voir les dates de vos cohortes, vos tours et les échéances de vos engagements. Quiconque a l’adresse peut le lire : gardez-la pour vous.
calendar-reset = Créer une nouvelle adresse
calendar-reset-hint = L’ancienne adresse cesse de fonctionner.
calendar-new = Une nouvelle adresse de calendrier est prête ; l’ancienne ne fonctionne plus.

whats-new = Quoi de neuf
whats-new-empty = Rien de neuf pour l’instant.
whats-new-mark-read = Tout marquer comme lu
whats-new-unread = Nouveau
nav-whats-new = Quoi de neuf
nav-whats-new-count = Quoi de neuf ({ $count })

unsubscribe-title = Ne plus recevoir de courriels
unsubscribe-topic = Ne plus recevoir de courriels sur : { $topic }.
unsubscribe-digest = { $cadence ->
    [daily] Ne plus recevoir votre résumé quotidien.
   *[weekly] Ne plus recevoir votre résumé hebdomadaire.
}
unsubscribe-button = Ne plus recevoir ces courriels
unsubscribe-done = C’est fait : ces courriels sont arrêtés. Vous voyez toujours tout dans « Quoi de neuf », et vous pouvez changer cela dans les réglages de notification de votre compte.

reminder-title = Envoyer un rappel
reminder-intro = Les participants que vous sélectionnez reçoivent ce message dans « Quoi de neuf » et par courriel, selon le choix de chacun. Les participants à risque sont sélectionnés pour vous.
reminder-default = Bonjour, ceci est un petit rappel pour continuer le cours : les prochaines étapes vous attendent. Puis-je vous aider en quoi que ce soit ?
reminder-message = Message
reminder-select = Envoyer à
reminder-select-person = Envoyer le rappel à { $name }
reminder-send = Envoyer aux participants sélectionnés
reminder-sent = { $count ->
    [one] Le rappel a été envoyé à un participant.
   *[other] Le rappel a été envoyé à { $count } participants.
}
msg-reminder-nobody = Sélectionnez au moins un participant de cette cohorte.
msg-reminder-empty = Écrivez le message.
msg-reminder-too-long = Le message doit faire moins de { $max } caractères.
