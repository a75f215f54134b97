# Certificats : l’état du participant, le certificat imprimable, les certificats d’une cohorte, les corrections de nom, la vérification publique.

## Sur la page de cours d’un participant
certificate-heading = Certificat
certificate-ready = Vous avez terminé le cours. Votre certificat est prêt.
certificate-open = Ouvrir votre certificat
certificate-yours-revoked = Votre certificat { $code } a été révoqué.
certificate-see-why = Voir pourquoi
certificate-rules-intro = Vous recevez votre certificat dès que vous remplissez toutes les conditions :
# Lu avant chaque condition.
certificate-rule-met = Fait :
certificate-rule-open = Pas encore :

## Le certificat imprimable
certificate-title = Certificat : { $course }
certificate-breadcrumb-home = Accueil
certificate-revoked-on = Ce certificat a été révoqué le { $date }.
certificate-revoked-because = Ce certificat a été révoqué le { $date } : { $reason }.
certificate-of-completion = Certificat de réussite
certificate-certifies-that = Il est certifié que
certificate-has-completed = a suivi avec succès le cours
certificate-cohort-dates = Cohorte : { $dates }
certificate-issued-on = Délivré le { $date }
certificate-revoked = Révoqué
certificate-verification-code = Code de vérification :
certificate-check-at = Vérifiez-le sur
certificate-keep-and-share = Le conserver et le partager
certificate-download-pdf = Télécharger le certificat (PDF)
certificate-pdf-script = Le PDF ne sait pas encore dessiner l'écriture de ce nom : imprimez plutôt cette page (elle tient sur une page A4).
certificate-download-credential = Télécharger l’attestation signée (JSON, Open Badges 3.0)
certificate-public-page = La page de vérification publique
# Suit, après un tiret, le lien vers la page de vérification publique.
certificate-public-page-explained = toute personne disposant du code peut y vérifier le certificat.
certificate-print-hint = Pour l’imprimer, utilisez la fonction Imprimer de votre navigateur : il tient sur une page A4, au format paysage.

## Les certificats d’une cohorte, pour son équipe
certificate-cohort-title = Certificats : { $cohort }
certificate-notice-approved = Approuvé.
certificate-notice-issued = Le certificat a été délivré.
certificate-notice-revoked = Le certificat a été révoqué.
certificate-cohort-summary = { $certified ->
    [one] { $certified } participant sur { $total } a un certificat.
   *[other] { $certified } participants sur { $total } ont un certificat.
}
certificate-column-rules = Conditions
certificate-rules-met = { $met ->
    [one] { $met } condition remplie sur { $total }
   *[other] { $met } conditions remplies sur { $total }
}
certificate-approve-completion = Approuver l’achèvement
# Lu après « Approuver l’achèvement » par les lecteurs d’écran.
certificate-approve-completion-of = de { $name }
certificate-completion-approved = Achèvement approuvé
certificate-revoked-on-date = Révoqué le { $date }
certificate-issued-by-hand-on = Délivré manuellement le { $date }
certificate-revoke = Révoquer
certificate-revoke-reason = Motif de la révocation
certificate-revoke-code = Révoquer le certificat { $code }
certificate-none-yet = Aucun pour le moment
certificate-issue-by-hand = Délivrer manuellement
certificate-issue-note = Note pour le dossier
certificate-issue-to = Délivrer un certificat à { $name }

## Corrections de nom
correction-request-sent = Votre demande a été envoyée. Un administrateur va l’examiner.
correction-heading = Corrections de nom
correction-history-entry = { $date } : « { $previous } » en « { $requested } » — { $status }
correction-download-again = Un certificat corrigé conserve son code ; les téléchargements antérieurs portent l’ancien nom, téléchargez-le donc à nouveau.
correction-form-heading = Votre nom est-il incorrect ?
correction-form-explained = Demandez une correction. Un administrateur la vérifie ; une fois approuvée, le certificat est délivré à nouveau avec le même code.
correction-field-name = Votre nom tel qu’il doit être imprimé
correction-field-reason = Pourquoi il doit être corrigé
correction-field-reason-hint = Par exemple : orthographe, ou le nom figurant sur mon passeport.
correction-submit = Demander une correction
correction-status-pending = En attente d’un administrateur
correction-status-approved = Approuvée
correction-status-refused = Refusée
correction-notice-decided = Décision enregistrée. Une correction approuvée a donné lieu à un nouveau certificat sous le même code.
correction-none = Aucune demande.
correction-names = « { $previous } » → « { $requested } »
correction-asked = Demandée le { $date }, motif : { $reason }
correction-approve = Approuver et délivrer à nouveau
# Lu après « Approuver et délivrer à nouveau » par les lecteurs d’écran.
correction-approve-for = pour { $name }
correction-refuse = Refuser
correction-refusal-reason = Motif du refus (le participant le verra)
correction-refuse-submit = Refuser la correction
# Suivent la décision (« Approuvée », « Refusée »).
correction-decided-on = le { $date }
correction-decision-note =  : { $note }

## Vérification publique
verify-title = Vérifier un certificat
verify-code = Code de vérification
verify-code-hint = Douze lettres et chiffres, imprimés sur le certificat, par exemple 7KQM-9XDA-3HTW.
verify-submit = Vérifier le certificat
verify-certificate-title = Certificat { $code }
verify-revoked = Révoqué
verify-revoked-explained = Ce certificat a été révoqué le { $date }. Il n’est plus valide.
verify-valid = Certificat valide
verify-valid-explained = Ce certificat a été délivré par cette plateforme et n’a pas été révoqué.
verify-name = Nom
verify-course = Cours
verify-cohort = Cohorte
verify-issued-on = Délivré le
verify-name-corrected-on = Nom corrigé le
