package org.reportschedules.mws.http;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * Writes the generated MWS models as the live service wrote its XML: every element in the namespace real
 * clients bind to, lists as repeated elements without a wrapper, date-times with a +00:00 offset, and an
 * optional element that has no value (NextToken on a last page) left out rather than written empty.
 */
public final class MwsXml {

    /** The live service's and the official clients' namespace (Amazon's pages show mws.amazonservices.com). */
    public static final String NAMESPACE = "http://mws.amazonaws.com/doc/2009-01-01/";

    private static final String MODEL_PACKAGE = "org.reportschedules.api.mws.model";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private static final XmlMapper MAPPER = create();

    private MwsXml() {
    }

    public static String write(Object response) {
        try {
            return MAPPER.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + response.getClass().getSimpleName() + " as XML", e);
        }
    }

    private static XmlMapper create() {
        XmlMapper mapper = XmlMapper.builder()
                .annotationIntrospector(new MwsNamespaces())
                // After the introspector: setting one resets the wrapper default.
                .defaultUseWrapper(false)
                .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(new SimpleModule().addSerializer(OffsetDateTime.class, new LiveDateTimes()))
                .build();
        return mapper;
    }

    /** Puts the root and every element of the MWS models into the MWS namespace. */
    private static final class MwsNamespaces extends JacksonXmlAnnotationIntrospector {

        @Override
        public String findNamespace(MapperConfig<?> config, Annotated annotated) {
            String declared = super.findNamespace(config, annotated);
            // Jackson reports "no namespace" as null or as the empty default of @JsonProperty(namespace).
            return (declared == null || declared.isEmpty()) && isModel(annotated) ? NAMESPACE : declared;
        }

        @Override
        public PropertyName findNameForSerialization(Annotated annotated) {
            PropertyName name = super.findNameForSerialization(annotated);
            return name != null && !name.hasNamespace() && isModel(annotated) ? name.withNamespace(NAMESPACE) : name;
        }

        private static boolean isModel(Annotated annotated) {
            Class<?> owner = annotated instanceof AnnotatedMember member ? member.getDeclaringClass() : annotated.getRawType();
            return owner.getPackageName().equals(MODEL_PACKAGE);
        }

        @Override
        public PropertyName findRootName(AnnotatedClass annotated) {
            if (isModel(annotated)) {
                return PropertyName.construct(annotated.getRawType().getSimpleName(), NAMESPACE);
            }
            return super.findRootName(annotated);
        }
    }

    private static final class LiveDateTimes extends StdSerializer<OffsetDateTime> {

        LiveDateTimes() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(DATE_TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
        }
    }
}
