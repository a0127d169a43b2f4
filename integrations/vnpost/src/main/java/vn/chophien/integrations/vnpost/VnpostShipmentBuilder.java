package vn.chophien.integrations.vnpost;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.chophien.tracking.carrier.ShipmentRequest;
import vn.chophien.tracking.carrier.Shipments;

/**
 * Our parcel as a Vietnam Post order (ours → theirs): our tracking code, already in the UPU S10 format Vietnam Post
 * prints, is both the order code and the item code, so a retried request names the same order; and its answer back
 * (theirs → ours): the order id it gave.
 */
@ApplicationScoped
public class VnpostShipmentBuilder {

    private final ObjectMapper json;
    private final Shipments shipments;
    private final VnpostConfig config;

    VnpostShipmentBuilder(ObjectMapper json, Shipments shipments, VnpostConfig config) {
        this.json = json;
        this.shipments = shipments;
        this.config = config;
    }

    public VnpostApi.Call request(String payload) throws JsonProcessingException {
        ShipmentRequest r = json.readValue(payload, ShipmentRequest.class);
        ShipmentRequest.Party from = r.sender();
        ShipmentRequest.Party to = r.receiver();
        return new VnpostApi.Call(r,
                new VnpostApi.CreateOrder(r.trackingCode(), r.trackingCode(), from.name(), from.phone(),
                        from.address() + ", " + from.communeName(), from.communeCode(), from.provinceName(), to.name(),
                        to.phone(), to.address() + ", " + to.communeName(), to.communeCode(), to.provinceName(),
                        r.contents(), r.weightGrams(), r.codVnd(), r.goodsVnd(), config.service(), true));
    }

    public void created(ShipmentRequest request, VnpostApi.CreateOrderReply reply) {
        if (reply == null || reply.orderId() == null) {
            throw new IllegalStateException("Vietnam Post answered no order id for " + request.trackingCode());
        }
        shipments.created(request.parcelId(), reply.orderId());
    }
}
