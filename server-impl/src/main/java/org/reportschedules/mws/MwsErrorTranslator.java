package org.reportschedules.mws;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;

import org.glassfish.jersey.server.ParamException;

/** Turns whatever went wrong on an MWS path into the ErrorResponse the live service would give. */
public final class MwsErrorTranslator {

    private MwsErrorTranslator() {
    }

    public static MwsError translate(Throwable failure, String method, String path) {
        if (failure instanceof MwsRequestRejected rejected) {
            return rejected.error();
        }
        if (failure instanceof ParamException param) {
            // Jersey converts typed form parameters (SignatureVersion) before the request gate sees them.
            return MwsError.sender(400, "InvalidParameterValue",
                    "Invalid value for parameter " + param.getParameterName() + ".");
        }
        if (failure instanceof NotFoundException) {
            return MwsError.sender(404, "InvalidAddress", "The address " + path + " is not valid for this endpoint.");
        }
        if (failure instanceof NotAllowedException) {
            return MwsError.sender(400, "InvalidParameterValue", "MWS actions are called with POST, not " + method + ".");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return MwsError.sender(400, "InvalidParameterValue", "The request is invalid: " + web.getMessage());
        }
        return new MwsError(500, org.reportschedules.api.mws.model.MwsError.TypeEnum.RECEIVER, "InternalError",
                "The stub failed to process the request; see its log.");
    }
}
