package vn.chophien.account;

import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.chophien.web.ProblemException;

/** Creates the first ADMIN from {@code chophien.admin.phone} and {@code chophien.admin.password} when they are set. */
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    void onStart(@Observes StartupEvent event, AccountService accounts,
            @ConfigProperty(name = "chophien.admin.phone") Optional<String> phone,
            @ConfigProperty(name = "chophien.admin.password") Optional<String> password) {
        if (phone.isEmpty() || password.isEmpty()) {
            return;
        }
        if (password.get().length() < 8) {
            throw new IllegalStateException("chophien.admin.password needs at least 8 characters");
        }
        try {
            if (accounts.ensureAdmin(phone.get(), password.get(), "Quản trị viên")) {
                LOG.infof("Created the first ADMIN account for %s", phone.get());
            }
        } catch (ProblemException e) {
            // Another copy of the service created it at the same moment.
            LOG.debug("The first ADMIN account already exists");
        }
    }
}
