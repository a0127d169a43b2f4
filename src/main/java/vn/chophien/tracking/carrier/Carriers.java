package vn.chophien.tracking.carrier;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** The carriers this copy of the service knows (one adapter each), and the outbox topic of each one's shipments. */
@ApplicationScoped
public class Carriers {

    private final List<CarrierGateway> all;

    Carriers(Instance<CarrierGateway> adapters) {
        this.all = adapters.stream().sorted(Comparator.comparing(CarrierGateway::code)).toList();
    }

    public Optional<CarrierGateway> byCode(String code) {
        return code == null
                ? Optional.empty()
                : all.stream().filter(c -> c.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public String nameOf(String code) {
        return byCode(code).map(CarrierGateway::displayName).orElse(code);
    }

    /** The topic of the shipments asked of a carrier. */
    public static String shipmentTopic(String code) {
        return code.toLowerCase(Locale.ROOT) + "-shipment";
    }
}
