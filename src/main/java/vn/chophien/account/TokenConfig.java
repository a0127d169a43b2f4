package vn.chophien.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How session tokens are signed and for how long they hold. */
@ConfigMapping(prefix = "chophien.jwt")
public interface TokenConfig {

    /** The {@code iss} claim; must equal {@code mp.jwt.verify.issuer}. */
    String issuer();

    /** The {@code aud} claim; must be one of {@code mp.jwt.verify.audiences}. */
    String audience();

    /** How long a token stays valid after sign-in. */
    Duration lifetime();

    /** PEM file of the RSA public key; generated with the private key on first start when both are missing. */
    String publicKeyLocation();

    /** PEM file (PKCS#8) of the RSA private key that signs tokens. Never commit it. */
    String privateKeyLocation();
}
