# Ensembles d’apprentissage-action : leur constitution, la page d’un ensemble, les cycles, les fils de discussion, les messages et la modération.

## Les ensembles d’une cohorte et une proposition d’ensembles.
set-cohort-title = Ensembles : { $cohort }
set-cohort-heading = Ensembles d’apprentissage-action
set-formed = { $count ->
    [one] { $count } ensemble constitué.
   *[other] { $count } ensembles constitués.
}
set-member-who = { $name } ({ $country }, { $cadre })
set-for = Ensemble de { $name }
set-no-set = Aucun ensemble
set-move = Déplacer
set-propose-heading = Proposer des ensembles
set-propose = Proposer des ensembles
set-propose-explanation = La plateforme peut répartir les participants qui ne font pas encore partie d’un ensemble ({ $count }) en ensembles de { $size } personnes au plus, de tailles équilibrées, en mêlant pays et catégories professionnelles. Vous examinez la proposition et déplacez des personnes si besoin avant que quoi que ce soit ne soit enregistré.
set-review-proposal = Examiner la proposition
set-tutor = Tuteur
set-no-tutor = Aucun tuteur
set-save-tutor = Enregistrer le tuteur
set-members-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
set-not-in-a-set = Sans ensemble
set-all-placed = Chaque participant inscrit fait partie d’un ensemble.
set-add-heading = Ajouter un ensemble manuellement
set-name = Nom de l’ensemble
set-no-tutor-yet = Pas encore de tuteur
set-add = Ajouter l’ensemble
set-proposal-title = Ensembles proposés
set-proposal-back = Ensembles de { $cohort }
set-proposal-lead = Rien n’est enregistré avant votre confirmation. Déplacez des personnes vers un autre ensemble si vous le jugez utile.
set-proposal-confirm = Confirmer ces ensembles
set-proposal-discard = Abandonner la proposition
set-proposal-summary = { $members ->
    [one] { $members } membre
   *[other] { $members } membres
} { $countries ->
    [one] d’un seul pays
   *[other] de { $countries } pays
}

## La page d’un ensemble et ses fils de discussion.
set-unread = { $count ->
    [one] { $count } nouveau
   *[other] { $count } nouveaux
}
set-tutor-name = Tuteur : { $name }
set-ground-rule = Ce qui se dit dans l’ensemble reste dans l’ensemble.
set-rounds = Cycles
set-no-round = Aucun cycle pour l’instant. Le tuteur ouvre le premier.
set-discussion = Discussion
set-no-thread = Aucun fil de discussion pour l’instant.
set-pinned = Épinglé
set-locked = Verrouillé
set-thread-by = par { $name }, { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
set-start-thread-heading = Lancer un fil de discussion
set-thread-title = Titre
set-thread-body = Votre message
set-start-thread = Lancer le fil
set-members = Membres
set-open-round-heading = Ouvrir un cycle
set-round-title = Titre du cycle
set-opens-on = Ouverture le
set-closes-on = Clôture le
set-who-presents = Qui présente
set-open-round = Ouvrir le cycle
set-pin = Épingler
set-unpin = Désépingler
set-lock = Verrouiller
set-unlock = Déverrouiller
set-thread-locked = Ce fil est verrouillé : il n’est plus possible d’y répondre.
set-reply-body = Votre réponse
set-post-reply = Répondre

## Un cycle : défis, questions et réponses, engagements d’action, comptes rendus.
round-title = Cycle { $number } : { $title }
round-dates = Du { $opens } au { $closes }
round-open = Ouvert
round-closed = Clôturé
round-close = Clôturer ce cycle
round-report-backs = Comptes rendus
round-no-report-back = Aucun compte rendu dans ce cycle pour l’instant.
round-report-back-on = sur « { $action } » (cycle { $round }, échéance le { $due }) : { $outcome }
round-label-report-back = Compte rendu
round-report-back-heading = Rendez compte de vos engagements précédents
round-outcome-question = L’avez-vous fait ?
round-outcome-done = Fait
round-outcome-partly = Fait en partie
round-outcome-not-done = Non fait
round-report-back-body = Que s’est-il passé, et qu’en avez-vous appris ?
round-post-report-back = Publier le compte rendu
round-presenter-you = { $name } (vous)
round-challenge-body = Votre défi : un problème réel de votre travail pour lequel vous souhaitez l’aide de l’ensemble
round-post-challenge = Publier le défi
round-no-challenge = Aucun défi publié pour l’instant.
round-label-challenge = Défi
round-label-question = Question
round-label-answer = Réponse
round-answer-body = Votre réponse
round-post-answer = Publier la réponse
round-question-body = Posez à { $name } une question ouverte (pas un conseil)
round-post-question = Poser la question
round-commitments = Engagements d’action
round-no-commitment = Aucun pour l’instant.
round-commitment-action = Je vais…
round-commitment-due = D’ici le (date)
round-add-commitment = Ajouter l’engagement
round-commitment = { $action } (échéance le { $due }) · { $status }
round-commitment-reported = { $outcome } (compte rendu au cycle { $round })
round-commitment-overdue = En retard : pas encore de compte rendu
round-commitment-open = En cours

## Un message et ce que peut en faire la personne qui le lit.
post-when = { $date } à { $time }
post-edited = (modifié par un tuteur)
post-hidden = Masqué par le tuteur : { $reason }
post-hidden-by = Masqué aux membres par { $name } : { $reason }
post-moderate = Modérer
post-restore = Rétablir
post-hide-reason = Motif du masquage
post-hide = Masquer
post-edit-label = Modifier le texte (le texte précédent est conservé)
post-save-edit = Enregistrer la modification
post-flag = Signaler
post-flag-reason = Pourquoi le tuteur devrait-il examiner ce message ?
post-flag-button = Signaler au tuteur
post-markdown-hint = Markdown : **gras**, *italique*, listes avec - . { $max } caractères au maximum.

## Ce qui demande l’attention du tuteur.
moderation-title = Modération
moderation-lead = Pour tous les ensembles dont vous êtes le tuteur.
moderation-flags = Signalements en attente ({ $count })
moderation-no-flags = Aucun message n’est signalé.
moderation-flag-detail = {"\u00A0"}: « { $excerpt } » · signalé par { $name } : { $reason }
moderation-resolve = Marquer comme traité
moderation-in-set = ({ $set }) :
moderation-unquestioned = Défis sans question à ce jour ({ $count })
moderation-unquestioned-none = Chaque défi a reçu au moins une question.
moderation-overdue = Engagements échus sans compte rendu ({ $count })
moderation-overdue-none = Aucun engagement en retard.
moderation-silent = Membres qui n’ont rien publié dans le cycle en cours ({ $count })
moderation-silent-none = Tout le monde a publié dans le cycle en cours.
set-open-round-overlap = L’ouvrir quand même, même si un autre cycle est ouvert à ces dates
moderation-unanswered = Questions et discussions en attente de réponse ({ $count })
moderation-unanswered-none = Chaque question et chaque discussion a une réponse.
