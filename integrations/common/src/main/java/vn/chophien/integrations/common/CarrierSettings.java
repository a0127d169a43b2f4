package vn.chophien.integrations.common;

import java.util.Optional;

/** What every carrier's settings add to a partner's: the account we sign in with and the service we send by. */
public interface CarrierSettings extends PartnerSettings {

    /** The partner account; unset with the simulator means: one is made at start. */
    Optional<String> username();

    Optional<String> password();

    /** The carrier's service parcels are sent with. */
    String service();
}
