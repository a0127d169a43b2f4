package vn.chophien.integrations.viettelpost;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.chophien.syndication.PartnerRefusedException;
import vn.chophien.tracking.carrier.ShipmentRequest;
import vn.chophien.tracking.carrier.Shipments;

/**
 * Our parcel as a Viettel Post order (ours → theirs): our tracking code is its ORDER_NUMBER (our reference, which its
 * pushes name as ORDER_REFERENCE), cash to collect as MONEY_COLLECTION with ORDER_PAYMENT 3 (collect the goods'
 * price only: the shipping is the post office's), 1 when nothing is to collect. And its answer back (theirs → ours):
 * its own waybill number, or its refusal in its words.
 */
@ApplicationScoped
public class ViettelPostShipmentBuilder {

    static final int COLLECT_GOODS = 3;
    static final int COLLECT_NOTHING = 1;

    private final ObjectMapper json;
    private final Shipments shipments;
    private final ViettelPostConfig config;

    ViettelPostShipmentBuilder(ObjectMapper json, Shipments shipments, ViettelPostConfig config) {
        this.json = json;
        this.shipments = shipments;
        this.config = config;
    }

    public ViettelPostApi.Call request(String payload) throws JsonProcessingException {
        ShipmentRequest r = json.readValue(payload, ShipmentRequest.class);
        ShipmentRequest.Party from = r.sender();
        ShipmentRequest.Party to = r.receiver();
        return new ViettelPostApi.Call(r, new ViettelPostApi.CreateOrder(r.trackingCode(), from.name(),
                from.address() + ", " + from.communeName(), from.phone(), from.communeCode(), from.provinceName(),
                to.name(), to.address() + ", " + to.communeName(), to.phone(), to.communeCode(), to.provinceName(),
                r.contents(), r.weightGrams(), r.goodsVnd(), 1, "HH",
                List.of(new ViettelPostApi.Item(r.contents(), 1, r.weightGrams(), r.goodsVnd())),
                r.codVnd() > 0 ? COLLECT_GOODS : COLLECT_NOTHING, config.service(), r.parcelCode(), r.codVnd()));
    }

    public void created(ShipmentRequest request, ViettelPostApi.CreateReply reply) {
        if (reply == null || reply.error() || reply.data() == null || reply.data().orderNumber() == null) {
            throw new PartnerRefusedException("Viettel Post", reply == null ? "no answer" : reply.message());
        }
        shipments.created(request.parcelId(), reply.data().orderNumber());
    }
}
