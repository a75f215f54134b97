//! Signed credentials: a certificate as a JSON document shaped after Open
//! Badges 3.0 and the W3C Verifiable Credentials data model 2.0, with a Data
//! Integrity proof (cryptosuite `eddsa-jcs-2022`: JSON canonicalisation,
//! SHA-256, Ed25519) made with the platform's key. Anyone with the public
//! key, published at `KEY_PATH`, can check one without asking the platform.

use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

/// Where the public key is published, below the platform's address.
pub const KEY_PATH: &str = "/.well-known/certificate-key.json";
const CRYPTOSUITE: &str = "eddsa-jcs-2022";
/// Multicodec prefix of an Ed25519 public key in a Multikey.
const ED25519_PUB: [u8; 2] = [0xed, 0x01];
/// Far above any credential the platform issues (about 3 KB), so that a
/// huge file is refused before it is parsed.
pub const MAX_CREDENTIAL_BYTES: usize = 100_000;

/// The platform's signing key, kept in the data folder.
#[derive(Clone)]
pub struct PlatformKey {
    signing: SigningKey,
}

impl PlatformKey {
    /// Reads an existing key file.
    pub fn load(path: &Path) -> Result<PlatformKey, String> {
        let pem = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the signing key {}: {e}", path.display()))?;
        SigningKey::from_pkcs8_pem(&pem)
            .map(|signing| PlatformKey { signing })
            .map_err(|e| format!("{} is not an Ed25519 key: {e}", path.display()))
    }

    /// Reads the key file, or creates it (readable by its owner only) on
    /// the first start.
    pub fn load_or_create(path: &Path) -> Result<PlatformKey, String> {
        match std::fs::read_to_string(path) {
            Ok(_) => {
                restrict_to_owner(path)?;
                PlatformKey::load(path)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let key = PlatformKey {
                    signing: SigningKey::generate(&mut rand::rngs::OsRng),
                };
                key.save(path)?;
                Ok(key)
            }
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    /// A secret for another use (signing links), derived from this key so
    /// that the data folder holds one secret; `purpose` keeps uses apart.
    pub fn derived_secret(&self, purpose: &str) -> [u8; 32] {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        hasher.update(b"hrh-learning derived secret\0");
        hasher.update(purpose.as_bytes());
        hasher.update([0]);
        hasher.update(self.signing.to_bytes());
        hasher.finalize().into()
    }

    /// Only the public half, for checking: what the offline check reads
    /// from the key file.
    pub fn verifying_key(&self) -> VerifyingKey {
        self.signing.verifying_key()
    }

    fn save(&self, path: &Path) -> Result<(), String> {
        let pem = self
            .signing
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| format!("cannot encode the key: {e}"))?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        file.write_all(pem.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// The public key as a Multikey document, served at `KEY_PATH`.
    pub fn public_document(&self, platform_url: &str) -> Value {
        let key = self.verifying_key();
        let mut bytes = ED25519_PUB.to_vec();
        bytes.extend_from_slice(key.as_bytes());
        json!({
            "@context": "https://w3id.org/security/multikey/v1",
            "id": method_id(platform_url),
            "type": "Multikey",
            "controller": platform_url,
            "publicKeyMultibase": format!("z{}", bs58::encode(bytes).into_string()),
            "publicKeyPem": key.to_public_key_pem(LineEnding::LF).unwrap_or_default(),
        })
    }

    /// Signs a credential: adds its `proof`.
    pub fn sign(&self, platform_url: &str, mut credential: Value, created: &str) -> Value {
        let options = proof_options(platform_url, created);
        let signature = self.signing.sign(&signed_bytes(&credential, &options));
        let mut proof = options;
        proof.insert(
            "proofValue".into(),
            Value::String(format!(
                "z{}",
                bs58::encode(signature.to_bytes()).into_string()
            )),
        );
        if let Value::Object(fields) = &mut credential {
            fields.insert("proof".into(), Value::Object(proof));
        }
        credential
    }
}

/// A key file someone else can read is a key someone else may have: say
/// so, and close it.
fn restrict_to_owner(path: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            tracing::warn!(path = %path.display(), "signing key was readable by others; now owner-only");
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .map_err(|e| format!("cannot restrict {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn method_id(platform_url: &str) -> String {
    format!("{platform_url}{KEY_PATH}#key")
}

fn proof_options(platform_url: &str, created: &str) -> Map<String, Value> {
    let mut options = Map::new();
    options.insert("type".into(), "DataIntegrityProof".into());
    options.insert("cryptosuite".into(), CRYPTOSUITE.into());
    options.insert("created".into(), created.into());
    options.insert("verificationMethod".into(), method_id(platform_url).into());
    options.insert("proofPurpose".into(), "assertionMethod".into());
    options
}

/// What eddsa-jcs-2022 signs: the hash of the canonical proof options (with
/// the document's context) followed by the hash of the canonical document
/// without its proof.
fn signed_bytes(document: &Value, options: &Map<String, Value>) -> Vec<u8> {
    let mut unsecured = document.clone();
    if let Value::Object(fields) = &mut unsecured {
        fields.remove("proof");
    }
    let mut config = options.clone();
    if let Some(context) = document.get("@context") {
        config.insert("@context".into(), context.clone());
    }
    let canonical = |value: &Value| serde_json_canonicalizer::to_vec(value).unwrap_or_default();
    let mut bytes = Sha256::digest(canonical(&Value::Object(config))).to_vec();
    bytes.extend_from_slice(&Sha256::digest(canonical(&unsecured)));
    bytes
}

/// What a certificate says, for its credential.
pub struct CredentialFacts<'a> {
    pub platform_url: &'a str,
    pub platform_name: &'a str,
    pub code: &'a str,
    pub revision: i64,
    pub holder_name: &'a str,
    pub course_title: &'a str,
    pub course_slug: &'a str,
    pub cohort_starts_on: &'a str,
    pub cohort_ends_on: &'a str,
    /// "2026-11-23T10:15:00Z"
    pub issued_at: &'a str,
    pub criteria: &'a str,
}

/// The unsigned credential.
pub fn credential(facts: &CredentialFacts) -> Value {
    let url = facts.platform_url;
    json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": format!("{url}/verify/{}", facts.code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": format!("Certificate of completion: {}", facts.course_title),
        "issuer": {
            "id": url,
            "type": ["Profile"],
            "name": facts.platform_name,
            "url": url,
        },
        "validFrom": facts.issued_at,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": facts.holder_name,
            "identifier": [{
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": false,
                "identityHash": facts.holder_name,
            }],
            "activityStartDate": format!("{}T00:00:00Z", facts.cohort_starts_on),
            "activityEndDate": format!("{}T23:59:59Z", facts.cohort_ends_on),
            "achievement": {
                "id": format!("{url}/courses/{}", facts.course_slug),
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": facts.course_title,
                "description": format!("Completion of the short course \"{}\".", facts.course_title),
                "criteria": { "narrative": facts.criteria },
            },
        },
        "verificationCode": facts.code,
        "revision": facts.revision,
    })
}

/// A credential whose signature and issuer are good.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedCredential {
    pub code: String,
    pub revision: i64,
    pub holder_name: String,
    pub course_title: String,
}

/// Why a credential is not to be trusted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CredentialError {
    #[error("the file is not a credential: {0}")]
    Malformed(String),
    #[error("the credential was issued by {found}, not by this platform ({expected})")]
    OtherIssuer { found: String, expected: String },
    #[error("the credential was signed with another key ({0}), not this platform's")]
    OtherKey(String),
    #[error("the credential uses a proof this platform does not make ({0})")]
    UnsupportedProof(String),
    #[error("the signature does not match: the credential was changed after it was signed, or signed with another key")]
    BadSignature,
}

fn text<'a>(value: &'a Value, pointer: &str) -> Result<&'a str, CredentialError> {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .ok_or_else(|| CredentialError::Malformed(format!("{pointer} is missing")))
}

/// Checks a credential's shape, issuer, key and signature.
pub fn check(
    file: &str,
    key: &VerifyingKey,
    platform_url: &str,
) -> Result<CheckedCredential, CredentialError> {
    if file.len() > MAX_CREDENTIAL_BYTES {
        return Err(CredentialError::Malformed(format!(
            "it is larger than {MAX_CREDENTIAL_BYTES} bytes"
        )));
    }
    let document: Value = serde_json::from_str(file)
        .map_err(|e| CredentialError::Malformed(format!("it is not JSON ({e})")))?;
    let types = document
        .get("type")
        .and_then(Value::as_array)
        .ok_or_else(|| CredentialError::Malformed("/type is missing".into()))?;
    if !types.iter().any(|t| t == "VerifiableCredential") {
        return Err(CredentialError::Malformed(
            "it is not a VerifiableCredential".into(),
        ));
    }
    let issuer = text(&document, "/issuer/id")?;
    if issuer != platform_url {
        return Err(CredentialError::OtherIssuer {
            found: issuer.into(),
            expected: platform_url.into(),
        });
    }
    let proof = document
        .get("proof")
        .and_then(Value::as_object)
        .ok_or_else(|| CredentialError::Malformed("it has no proof (it is not signed)".into()))?;
    let suite = proof
        .get("cryptosuite")
        .and_then(Value::as_str)
        .unwrap_or("none");
    if proof.get("type").and_then(Value::as_str) != Some("DataIntegrityProof")
        || suite != CRYPTOSUITE
    {
        return Err(CredentialError::UnsupportedProof(suite.into()));
    }
    let method = text(&document, "/proof/verificationMethod")?;
    if method != method_id(platform_url) {
        return Err(CredentialError::OtherKey(method.into()));
    }
    let signature = text(&document, "/proof/proofValue")?
        .strip_prefix('z')
        .and_then(|b58| bs58::decode(b58).into_vec().ok())
        .and_then(|bytes| Signature::from_slice(&bytes).ok())
        .ok_or_else(|| CredentialError::Malformed("/proof/proofValue is not a signature".into()))?;
    let mut options = proof.clone();
    options.remove("proofValue");
    key.verify(&signed_bytes(&document, &options), &signature)
        .map_err(|_| CredentialError::BadSignature)?;
    Ok(CheckedCredential {
        code: text(&document, "/verificationCode")?.into(),
        revision: document
            .get("revision")
            .and_then(Value::as_i64)
            .ok_or_else(|| CredentialError::Malformed("/revision is missing".into()))?,
        holder_name: text(&document, "/credentialSubject/name")?.into(),
        course_title: text(&document, "/credentialSubject/achievement/name")?.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://learn.example.org";

    fn key() -> PlatformKey {
        PlatformKey {
            signing: SigningKey::from_bytes(&[7; 32]),
        }
    }

    fn signed() -> Value {
        let facts = CredentialFacts {
            platform_url: URL,
            platform_name: "HRH Learning",
            code: "7KQM-9XDA-3HTW",
            revision: 1,
            holder_name: "Aïssatou Diallo",
            course_title: "Human Resources for Health: planning and management",
            course_slug: "hrh-planning",
            cohort_starts_on: "2026-03-02",
            cohort_ends_on: "2026-04-30",
            issued_at: "2026-11-23T10:15:00Z",
            criteria: "Every lesson completed and every quiz passed.",
        };
        key().sign(URL, credential(&facts), facts.issued_at)
    }

    fn check_value(value: &Value) -> Result<CheckedCredential, CredentialError> {
        check(&value.to_string(), &key().verifying_key(), URL)
    }

    #[test]
    fn a_signed_credential_checks() {
        let checked = check_value(&signed()).expect("valid");
        assert_eq!(checked.code, "7KQM-9XDA-3HTW");
        assert_eq!(checked.holder_name, "Aïssatou Diallo");
        assert_eq!(checked.revision, 1);
        let pretty = serde_json::to_string_pretty(&signed()).expect("json");
        assert!(
            check(&pretty, &key().verifying_key(), URL).is_ok(),
            "formatting is not content"
        );
    }

    #[test]
    fn changing_any_field_breaks_the_signature() {
        let tampered = [
            "/credentialSubject/name",
            "/credentialSubject/identifier/0/identityHash",
            "/credentialSubject/achievement/name",
            "/credentialSubject/achievement/id",
            "/credentialSubject/activityStartDate",
            "/credentialSubject/activityEndDate",
            "/validFrom",
            "/id",
            "/name",
            "/issuer/name",
            "/verificationCode",
            "/proof/created",
            "/proof/proofPurpose",
        ];
        for pointer in tampered {
            let mut credential = signed();
            let field = credential.pointer_mut(pointer).expect(pointer);
            *field = Value::String(format!("{}x", field.as_str().expect(pointer)));
            assert_eq!(
                check_value(&credential),
                Err(CredentialError::BadSignature),
                "{pointer}"
            );
        }
        let mut credential = signed();
        credential["revision"] = json!(2);
        assert_eq!(check_value(&credential), Err(CredentialError::BadSignature));
        let mut credential = signed();
        credential["credentialSubject"]["extra"] = json!("added");
        assert_eq!(check_value(&credential), Err(CredentialError::BadSignature));
    }

    #[test]
    fn a_changed_signature_fails() {
        let mut credential = signed();
        let value = credential["proof"]["proofValue"]
            .as_str()
            .expect("proof")
            .to_string();
        let mut bytes = bs58::decode(&value[1..]).into_vec().expect("b58");
        bytes[0] ^= 1;
        credential["proof"]["proofValue"] =
            json!(format!("z{}", bs58::encode(bytes).into_string()));
        assert_eq!(check_value(&credential), Err(CredentialError::BadSignature));
    }

    #[test]
    fn another_key_is_refused() {
        let other = PlatformKey {
            signing: SigningKey::from_bytes(&[9; 32]),
        };
        let mut credential = signed();
        credential.as_object_mut().expect("object").remove("proof");
        let forged = other.sign(URL, credential, "2026-11-23T10:15:00Z");
        assert_eq!(check_value(&forged), Err(CredentialError::BadSignature));
        let mut elsewhere = signed();
        elsewhere["proof"]["verificationMethod"] = json!("https://evil.example/key#1");
        assert!(matches!(
            check_value(&elsewhere),
            Err(CredentialError::OtherKey(_))
        ));
    }

    #[test]
    fn another_issuer_is_refused_by_name() {
        let mut credential = signed();
        credential["issuer"]["id"] = json!("https://diploma-mill.example");
        let error = check_value(&credential).expect_err("issuer");
        assert!(
            error.to_string().contains("diploma-mill.example"),
            "{error}"
        );
    }

    #[test]
    fn malformed_files_say_what_is_wrong() {
        let key = key().verifying_key();
        for (file, expected) in [
            ("", "not JSON"),
            ("[1, 2]", "/type"),
            ("{\"type\": [\"Badge\"]}", "VerifiableCredential"),
        ] {
            let error = check(file, &key, URL).expect_err(file);
            assert!(error.to_string().contains(expected), "{file}: {error}");
        }
        let mut unsigned = signed();
        unsigned.as_object_mut().expect("object").remove("proof");
        assert!(check_value(&unsigned)
            .expect_err("unsigned")
            .to_string()
            .contains("no proof"));
        let mut garbled = signed();
        garbled["proof"]["proofValue"] = json!("z0OIl");
        assert!(matches!(
            check_value(&garbled),
            Err(CredentialError::Malformed(_))
        ));
        let mut suite = signed();
        suite["proof"]["cryptosuite"] = json!("ecdsa-rdfc-2019");
        assert!(matches!(
            check_value(&suite),
            Err(CredentialError::UnsupportedProof(_))
        ));
    }

    #[test]
    fn a_huge_file_is_refused_by_its_size() {
        let mut padded = signed();
        padded["padding"] = json!("x".repeat(MAX_CREDENTIAL_BYTES));
        let error = check_value(&padded).expect_err("too large");
        assert!(
            error
                .to_string()
                .contains(&MAX_CREDENTIAL_BYTES.to_string()),
            "{error}"
        );
    }

    #[test]
    fn the_key_file_is_created_owner_only_and_read_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("certificate-signing-key.pem");
        let created = PlatformKey::load_or_create(&path).expect("created");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let loaded = PlatformKey::load_or_create(&path).expect("loaded");
        assert_eq!(created.verifying_key(), loaded.verifying_key());
        let document = loaded.public_document(URL);
        assert!(document["publicKeyMultibase"]
            .as_str()
            .expect("mb")
            .starts_with("z6Mk"));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::test_input::text;
    use proptest::prelude::*;

    const URL: &str = "https://learn.example.org";

    fn key() -> PlatformKey {
        PlatformKey {
            signing: SigningKey::from_bytes(&[7; 32]),
        }
    }

    fn signed() -> Value {
        let facts = CredentialFacts {
            platform_url: URL,
            platform_name: "HRH Learning",
            code: "7KQM-9XDA-3HTW",
            revision: 1,
            holder_name: "ليلى حداد",
            course_title: "Human Resources for Health: planning and management",
            course_slug: "hrh-planning",
            cohort_starts_on: "2026-03-02",
            cohort_ends_on: "2026-04-30",
            issued_at: "2026-11-23T10:15:00Z",
            criteria: "Every lesson completed and every quiz passed.",
        };
        key().sign(URL, credential(&facts), facts.issued_at)
    }

    fn check_file(file: &str) -> Result<CheckedCredential, CredentialError> {
        check(file, &key().verifying_key(), URL)
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            text().prop_map(Value::from),
            proptest::sample::select(
                &[
                    "VerifiableCredential",
                    "DataIntegrityProof",
                    CRYPTOSUITE,
                    URL,
                    "https://learn.example.org/.well-known/certificate-key.json#key",
                    "z3yMApqCuCjXDWPrbjfR5mjCPTHqFG8Pux1TxQrEM2wHDzmRSmbz3XKbjTXhVbNZEu",
                ][..]
            )
            .prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 48, 8, |inner| {
            let key = proptest::sample::select(
                &[
                    "type",
                    "issuer",
                    "id",
                    "proof",
                    "cryptosuite",
                    "verificationMethod",
                    "proofValue",
                    "verificationCode",
                    "revision",
                    "credentialSubject",
                    "name",
                    "achievement",
                    "@context",
                    "x",
                ][..],
            )
            .prop_map(str::to_string);
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map(key, inner, 0..6)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    /// Every place in a document, as JSON pointers: objects, arrays and
    /// leaves alike.
    fn pointers(value: &Value, at: String, found: &mut Vec<String>) {
        match value {
            Value::Object(fields) => {
                for (name, field) in fields {
                    let escaped = name.replace('~', "~0").replace('/', "~1");
                    pointers(field, format!("{at}/{escaped}"), found);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    pointers(item, format!("{at}/{index}"), found);
                }
            }
            _ => {}
        }
        found.push(at);
    }

    /// One change to a credential: a value replaced, removed, or a field added.
    #[derive(Clone, Debug)]
    enum Change {
        Replace(Value),
        Remove,
        Add(String, Value),
    }

    fn change() -> impl Strategy<Value = Change> {
        prop_oneof![
            json_value().prop_map(Change::Replace),
            Just(Change::Remove),
            ("[a-zA-Z@]{1,12}", json_value()).prop_map(|(name, value)| Change::Add(name, value)),
        ]
    }

    /// The credential with one change at `pointer`, or `None` when the
    /// change would leave it as it was.
    fn changed(original: &Value, pointer: &str, change: Change) -> Option<Value> {
        let mut document = original.clone();
        match change {
            Change::Replace(value) => {
                let place = document.pointer_mut(pointer)?;
                if *place == value {
                    return None;
                }
                *place = value;
            }
            Change::Remove => {
                let (parent, last) = pointer.rsplit_once('/')?;
                match document.pointer_mut(parent)? {
                    Value::Object(fields) => {
                        fields.remove(&last.replace("~1", "/").replace("~0", "~"));
                    }
                    Value::Array(items) => {
                        items.remove(last.parse().ok()?);
                    }
                    _ => return None,
                }
            }
            Change::Add(name, value) => {
                let fields = document.pointer_mut(pointer)?.as_object_mut()?;
                if fields.contains_key(&name) {
                    return None;
                }
                fields.insert(name, value);
            }
        }
        Some(document)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn arbitrary_text_is_never_a_credential(file in text()) {
            let error = check_file(&file).expect_err("not a credential");
            prop_assert!(!error.to_string().is_empty());
        }

        #[test]
        fn arbitrary_bytes_are_never_a_credential(
            bytes in proptest::collection::vec(any::<u8>(), 0..2000)
        ) {
            prop_assert!(check_file(&String::from_utf8_lossy(&bytes)).is_err());
        }

        #[test]
        fn arbitrary_json_is_never_a_credential(document in json_value()) {
            prop_assert!(check_file(&document.to_string()).is_err());
        }

        #[test]
        fn any_one_change_to_a_signed_credential_fails_the_check(
            place in any::<proptest::sample::Index>(),
            change in change(),
        ) {
            let original = signed();
            let mut places = Vec::new();
            pointers(&original, String::new(), &mut places);
            let pointer = place.get(&places);
            if let Some(document) = changed(&original, pointer, change) {
                let result = check_file(&document.to_string());
                prop_assert!(result.is_err(), "{} changed, still valid: {:?}", pointer, result);
            }
        }
    }

    #[test]
    fn the_unchanged_credential_checks() {
        assert!(check_file(&signed().to_string()).is_ok());
    }
}
