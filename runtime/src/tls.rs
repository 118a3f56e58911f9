//! TLS: rustls (through reqwest), certificates verified by default.
//!
//! A client verifies the server's certificate chain and host name against the bundled web roots
//! (`webpki-roots`), plus any CA certificate given to
//! [`ClientBuilder::ca_certificate_pem`](super::ClientBuilder::ca_certificate_pem).
//!
//! Enterprise Manager usually serves a **self-signed** certificate (generated at installation,
//! always so on Linux). The right way to talk to such a server is to trust *that* certificate:
//! export it (PEM) and pass it to `ca_certificate_pem`. Host-name checks stay on.
//!
//! [`ClientBuilder::danger_accept_invalid_certificates`](super::ClientBuilder::danger_accept_invalid_certificates)
//! turns verification off altogether: any certificate, for any host, expired or not, is
//! accepted, so anyone between the client and the server can read the credentials and the
//! session id. It exists for labs and first contact only, is off by default, and must be asked
//! for by name.

use super::error::Error;

/// How a client's TLS is set up. Built by the [`ClientBuilder`](super::ClientBuilder).
#[derive(Clone, Default)]
pub(crate) struct TlsConfig {
    /// PEM documents, each with one or more `CERTIFICATE` blocks, added to the trusted roots.
    pub(crate) ca_pems: Vec<Vec<u8>>,
    /// Verification off (the documented opt-in).
    pub(crate) accept_invalid_certificates: bool,
}

impl std::fmt::Debug for TlsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsConfig")
            .field("ca_certificates", &self.ca_pems.len())
            .field(
                "accept_invalid_certificates",
                &self.accept_invalid_certificates,
            )
            .finish()
    }
}

/// The certificates in a PEM document (one or more `-----BEGIN CERTIFICATE-----` blocks).
///
/// Not PEM, or PEM without any certificate, is [`Error::Tls`].
pub fn certificates_from_pem(pem: &[u8]) -> Result<Vec<reqwest::Certificate>, Error> {
    let certificates = reqwest::Certificate::from_pem_bundle(pem)
        .map_err(|_| Error::Tls("the CA certificate is not valid PEM".to_owned()))?;
    if certificates.is_empty() {
        return Err(Error::Tls(
            "the CA certificate PEM holds no CERTIFICATE block".to_owned(),
        ));
    }
    Ok(certificates)
}

impl TlsConfig {
    /// `builder` with rustls, the extra roots and, when asked for, verification off.
    pub(crate) fn apply(
        &self,
        mut builder: reqwest::ClientBuilder,
    ) -> Result<reqwest::ClientBuilder, Error> {
        builder = builder.use_rustls_tls();
        for pem in &self.ca_pems {
            for certificate in certificates_from_pem(pem)? {
                builder = builder.add_root_certificate(certificate);
            }
        }
        if self.accept_invalid_certificates {
            builder = builder.danger_accept_invalid_certs(true);
        }
        Ok(builder)
    }
}

#[cfg(test)]
/// A self-signed certificate (CN=veeam-em-test, SAN localhost and 127.0.0.1, EC P-256,
/// valid 2026–2036); its key was thrown away.
pub(crate) const TEST_CERT_PEM: &str = "-----BEGIN CERTIFICATE-----
MIIBoDCCAUegAwIBAgIUdWKWy9wllsgrfudggeYR4KDzcEEwCgYIKoZIzj0EAwIw
GDEWMBQGA1UEAwwNdmVlYW0tZW0tdGVzdDAeFw0yNjExMjIwODEwMzVaFw0zNjEx
MTkwODEwMzVaMBgxFjAUBgNVBAMMDXZlZWFtLWVtLXRlc3QwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAARdNk9hsF6PKLDO6/dNJkANWh8Ush1IT8hCaQBF23lD7n1u
5W87/inJf0wDJEEHhLzbbnWeaGEeCJVHSAbGQg9Zo28wbTAdBgNVHQ4EFgQUaei4
zDajchWim5+qv+FQ7E+U+K4wHwYDVR0jBBgwFoAUaei4zDajchWim5+qv+FQ7E+U
+K4wDwYDVR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEw
CgYIKoZIzj0EAwIDRwAwRAIgcuvAKGal5NodXDPk5agKl5lW1cvN3yRtiaw7uk2b
QaoCIEV++mPxb7FCpck896eH7jxPF7/fXoygcEu0NQAaAIcY
-----END CERTIFICATE-----
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_is_read_and_bad_pem_is_a_tls_error() {
        assert_eq!(
            certificates_from_pem(TEST_CERT_PEM.as_bytes())
                .unwrap()
                .len(),
            1
        );
        let two = format!("{TEST_CERT_PEM}{TEST_CERT_PEM}");
        assert_eq!(certificates_from_pem(two.as_bytes()).unwrap().len(), 2);
        for bad in [
            &b""[..],
            b"not a certificate",
            b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n",
            b"-----BEGIN CERTIFICATE-----\nMIIB",
        ] {
            let e = certificates_from_pem(bad).unwrap_err();
            assert!(matches!(e, Error::Tls(_)), "{e:?}");
            assert!(e.to_string().starts_with("TLS configuration: "), "{e}");
        }
    }

    #[test]
    fn debug_counts_certificates() {
        let config = TlsConfig {
            ca_pems: vec![TEST_CERT_PEM.as_bytes().to_vec()],
            accept_invalid_certificates: false,
        };
        assert_eq!(
            format!("{config:?}"),
            "TlsConfig { ca_certificates: 1, accept_invalid_certificates: false }"
        );
    }
}
