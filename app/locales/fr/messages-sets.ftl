# Ce que dit le serveur au sujet des ensembles d’apprentissage-action : refus, erreurs de formulaire et lignes de modération.

## Messages, cycles et engagements tels que saisis.
msg-set-post-empty = Écrivez quelque chose avant de publier.
msg-set-post-too-long = Les messages sont limités à { $max } caractères ; celui-ci en compte { $length }. Raccourcissez-le ou scindez-le en deux messages.
msg-set-round-closes-before-opening = Le cycle ne peut pas se clôturer avant son ouverture.
msg-set-round-no-presenters = Choisissez qui présente dans ce cycle.
msg-set-commitment-no-due-date = Indiquez la date à laquelle vous l’aurez fait.
msg-set-commitment-due-in-past = L’échéance est passée : choisissez aujourd’hui ou une date ultérieure.

## Constitution des ensembles.
msg-set-tutor-not-in-cohort = Le tuteur d’un ensemble doit être l’un des tuteurs de la cohorte.
msg-set-name-taken = Un autre ensemble de cette cohorte porte déjà ce nom.
msg-set-member-not-enrolled = Seuls les participants inscrits dans cette cohorte peuvent faire partie de ses ensembles.
msg-set-full = Cet ensemble est complet : les ensembles de cette cohorte comptent au plus { $size } membres. Augmentez la taille maximale d’un ensemble dans les paramètres de la cohorte pour en accepter davantage.
msg-set-everyone-placed = Chaque participant inscrit fait déjà partie d’un ensemble.
msg-set-proposal-not-saved = La proposition n’a pas pu être enregistrée.
msg-set-proposed-name-taken = Un ensemble portant l’un des noms proposés existe déjà. Abandonnez la proposition et proposez à nouveau des ensembles.

## Écrire dans un ensemble.
msg-set-read-only = Votre cohorte s’est terminée le { $ended } : l’ensemble est désormais en lecture seule.
msg-set-round-not-open = Le cycle { $number } n’est pas ouvert aux publications (il se déroule du { $opens } au { $closes }).
msg-set-round-closed = Le cycle { $number } n’est pas ouvert aux publications (il se déroule du { $opens } au { $closes } et a été clôturé).
msg-set-presenters-not-members = Les personnes qui présentent doivent être membres de l’ensemble.
msg-set-challenge-not-presenter = Seules les personnes qui présentent dans ce cycle publient un défi.
msg-set-challenge-posted = Vous avez déjà publié votre défi pour ce cycle.
msg-set-question-own-challenge = Les autres posent les questions ; vous y répondez.
msg-set-answer-not-presenter = Seule la personne qui présente répond aux questions sur son défi.
msg-set-commitment-not-presenter = Seule la personne qui présente prend des engagements d’action sur son défi.
msg-set-report-not-presenter = Seule la personne qui présente rend compte de son engagement.
msg-set-report-same-round = Rendez compte dans un cycle postérieur à celui où vous avez pris l’engagement.
msg-set-report-no-outcome = Indiquez si c’est fait.
msg-set-already-reported = Vous avez déjà rendu compte de cet engagement.
msg-set-thread-locked = Ce fil est verrouillé : il n’est plus possible d’y répondre.

## Ce qui demande l’attention du tuteur.
msg-set-unquestioned = Le défi du cycle { $round } n’a encore reçu aucune question
msg-set-overdue = « { $action } » était à faire pour le { $due } ; pas de compte rendu
msg-set-silent = N’a rien publié dans le cycle { $round }
msg-set-rounds-overlap = Le cycle { $number } est encore ouvert à ces dates (du { $opens } au { $closes }). Clôturez-le d’abord, choisissez des dates plus tardives, ou cochez « L’ouvrir quand même » pour mener les deux en même temps.
msg-set-unanswered = La question de { $asker } dans le cycle { $round } n’a pas encore de réponse
msg-set-thread-unanswered = La discussion « { $title } » n’a pas encore de réponse
