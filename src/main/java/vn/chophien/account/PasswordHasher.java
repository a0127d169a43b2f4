package vn.chophien.account;

import java.security.GeneralSecurityException;
import java.security.spec.InvalidKeySpecException;

import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt hashes in modular-crypt form ({@code $2a$10$…}). */
@ApplicationScoped
public class PasswordHasher {

    private static final int COST = 10;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    /** A hash of a password nobody knows, checked when the phone is unknown so both cases take the same time. */
    private final String decoy = BcryptUtil.bcryptHash("decoy-password-for-timing", COST);

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Spends the time of a real check when there is no account to check against. */
    public void matchDecoy(String password) {
        matches(password, decoy);
    }
}
