package vn.chophien.order;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.place.PlaceService;

/** Prices a parcel by its weight and its route, the way the post office does: same province, same region, or far. */
@ApplicationScoped
public class Shipping {

    public enum Route {
        SAME_PROVINCE, NEIGHBOURING, FAR
    }

    private final ShippingConfig rates;
    private final PlaceService places;

    Shipping(ShippingConfig rates, PlaceService places) {
        this.rates = rates;
        this.places = places;
    }

    public Route route(String fromProvince, String toProvince) {
        if (fromProvince.equals(toProvince)) {
            return Route.SAME_PROVINCE;
        }
        return places.region(fromProvince).equals(places.region(toProvince)) ? Route.NEIGHBOURING : Route.FAR;
    }

    /** The fee of a parcel of this weight on this route; overflow-checked, as weights and fees are sums. */
    public long fee(Route route, long weightGrams) {
        ShippingConfig.Rate rate = switch (route) {
            case SAME_PROVINCE -> rates.sameProvince();
            case NEIGHBOURING -> rates.neighbouring();
            case FAR -> rates.far();
        };
        long extraKg = Math.max(0, (weightGrams - 1) / 1000);
        return Math.addExact(rate.baseVnd(), Math.multiplyExact(extraKg, rate.perExtraKgVnd()));
    }
}
