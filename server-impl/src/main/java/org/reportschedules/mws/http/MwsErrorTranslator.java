package org.reportschedules.mws.http;

import java.util.Optional;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;

import org.glassfish.jersey.server.ParamException;
import org.reportschedules.mws.MwsError;
import org.reportschedules.mws.MwsErrorCode;
import org.reportschedules.mws.MwsRequestRejected;
import org.reportschedules.wire.MalformedRequest;
import org.reportschedules.store.StoreUnavailable;
import org.reportschedules.wire.RequestTooLarge;
import org.reportschedules.text.EchoedValue;

/** Turns whatever went wrong on an MWS path into the ErrorResponse the live service would give. */
final class MwsErrorTranslator {

    private MwsErrorTranslator() {
    }

    static MwsError translate(Throwable failure, String method, String path) {
        if (failure instanceof MwsRequestRejected rejected) {
            return rejected.error();
        }
        Optional<RequestTooLarge> tooLarge = RequestTooLarge.in(failure);
        if (tooLarge.isPresent()) {
            return new MwsError(MwsErrorCode.RequestEntityTooLarge, tooLarge.get().getMessage());
        }
        if (StoreUnavailable.in(failure).isPresent()) {
            return new MwsError(MwsErrorCode.ServiceUnavailable, StoreUnavailable.MESSAGE);
        }
        if (failure instanceof MalformedRequest malformed) {
            return new MwsError(MwsErrorCode.InvalidParameterValue, malformed.getMessage());
        }
        if (failure instanceof ParamException param) {
            // Jersey converts typed form parameters (SignatureVersion) before the request gate sees them.
            return new MwsError(MwsErrorCode.InvalidParameterValue,
                    "Invalid value for parameter " + param.getParameterName() + ".");
        }
        if (failure instanceof NotFoundException) {
            return new MwsError(MwsErrorCode.InvalidAddress, "The address " + EchoedValue.of(path) + " is not valid for this endpoint.");
        }
        if (failure instanceof NotAllowedException) {
            return new MwsError(MwsErrorCode.InvalidParameterValue, "MWS actions are called with POST, not " + method + ".");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return new MwsError(MwsErrorCode.InvalidParameterValue, "The request is invalid: " + web.getMessage());
        }
        return new MwsError(MwsErrorCode.InternalError,
                "The stub failed to process the request; see its log.");
    }
}
