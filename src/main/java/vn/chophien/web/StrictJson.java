package vn.chophien.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON fields hold only what their type says. A text field takes a JSON string and nothing else: {@code "name": true}
 * or {@code "line1": 1e308} is a field error, not the text "true" or "1.0E308" stored as a name or an address. Whole
 * numbers stay whole: 12.5 sent for an amount in đồng or a weight in grams is a 400 naming the field, not 12 silently.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
