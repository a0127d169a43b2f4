package vn.chophien.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * The RSA key pair that signs session tokens. Read from the configured PEM files; when neither exists (a first start)
 * a pair is generated and written there atomically, so copies of the service that share the folder agree on one pair.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;

    SigningKeys(TokenConfig config) {
        Path privatePem = Path.of(config.privateKeyLocation());
        Path publicPem = Path.of(config.publicKeyLocation());
        if (!Files.exists(privatePem) && !Files.exists(publicPem)) {
            generate(privatePem, publicPem);
        }
        this.privateKey = readPrivateKey(privatePem);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    private static void generate(Path privatePem, Path publicPem) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privatePem.toAbsolutePath().getParent());
            Files.createDirectories(publicPem.toAbsolutePath().getParent());
            // The public key is published last: whoever sees it may rely on the private key being there.
            if (writeOnce(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), "rw-------")) {
                writeOnce(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), "rw-r--r--");
                LOG.infof("Generated a new token signing key pair in %s", privatePem.toAbsolutePath().getParent());
            } else {
                waitFor(publicPem);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the token signing keys", e);
        }
    }

    /** Writes the file unless another process already has; true when this call wrote it. */
    private static boolean writeOnce(Path target, String content, String permissions) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(target)) {
                return false;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (AtomicMoveNotSupportedException fallback) {
                Files.move(temp, target);
                return true;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void waitFor(Path file) {
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static PrivateKey readPrivateKey(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the token signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The token signing key " + file + " is not a PKCS#8 RSA key", e);
        }
    }
}
