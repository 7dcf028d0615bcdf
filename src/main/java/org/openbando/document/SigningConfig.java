package org.openbando.document;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The key that signs the acts (docs/adr/0008-pdf-documents.md, "Signing"): a PKCS#12 keystore. Environment:
 * {@code OPENBANDO_SIGNING_KEYSTORE}, {@code OPENBANDO_SIGNING_PASSWORD}, {@code OPENBANDO_SIGNING_ALIAS}. The packaged
 * application refuses to start without a keystore; dev mode and the tests generate a self-signed development signer
 * when none is set.
 */
@ConfigMapping(prefix = "openbando.signing")
public interface SigningConfig {

    /** The path of the PKCS#12 file holding the private key and its certificate chain. */
    Optional<String> keystore();

    /** The password of the keystore, also the password of the key. */
    Optional<String> password();

    /** The alias of the key entry; when not set, the keystore's only key entry. */
    Optional<String> alias();
}
