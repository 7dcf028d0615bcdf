package org.openbando.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ContainerDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The application's {@link ObjectMapper} reads JSON within {@link InputLimits}, so that refusing any body costs time
 * linear in its size and answers a 400 naming the field ({@code content.budget}, {@code content.title}):
 * <ul>
 * <li>the parser's own limits: the length of a string, the depth of nesting, and a hard stop for numbers at
 * {@link #PARSER_MAX_NUMBER_LENGTH} characters (the parser meets a number before it knows the field, so the fields'
 * readers apply {@link InputLimits#MAX_NUMBER_LENGTH} and name the field);</li>
 * <li>every list stops at its {@code @Size(max)} (or {@link InputLimits#DEFAULT_MAX_LIST}) while it is read, so that
 * a body of a million empty objects is never built, nor validated object by object;</li>
 * <li>every string is refused when it holds a character that PostgreSQL or XML refuse;</li>
 * <li>every decimal number is refused when its exponent or its digits are beyond the bounds, before any arithmetic.</li>
 * </ul>
 * JSON that the application stored itself is read by {@link Json}, which marks the read as {@link #STORED}: the
 * character rule does not apply to it (a value stored before the rule existed stays readable).
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    /** The longest number the parser reads at all; a field refuses one of more than 40 digits itself. */
    static final int PARSER_MAX_NUMBER_LENGTH = 100;

    /** The attribute of a read of JSON the application stored itself. */
    static final Object STORED = new Object();

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(PARSER_MAX_NUMBER_LENGTH)
                .maxNestingDepth(InputLimits.MAX_NESTING)
                .maxStringLength(InputLimits.MAX_STRING_LENGTH)
                .build());
        SimpleModule module = new SimpleModule("openbando-input-limits");
        module.addDeserializer(String.class, new CheckedString());
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new BoundedCollection(type, deserializer, InputLimits.DEFAULT_MAX_LIST);
            }
        });
        mapper.registerModule(module);
    }

    /** An input that breaks a bound: its message says which, the path of the exception says where. */
    public static final class LimitExceeded extends JsonMappingException {

        LimitExceeded(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** Strings without the characters PostgreSQL or XML refuse. */
    static final class CheckedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && ctxt.getAttribute(STORED) == null) {
                String refused = InputLimits.refusedCharacterMessage(value);
                if (refused != null) {
                    throw new LimitExceeded(p, refused);
                }
            }
            return value;
        }
    }

    /** Decimal numbers with a bounded exponent and number of digits ({@code 1e1000000} is refused as read). */
    static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && !InputLimits.isBounded(value)) {
                throw new LimitExceeded(p, "is not a number in range: at most " + InputLimits.MAX_NUMBER_LENGTH
                        + " digits and no exponent beyond " + InputLimits.MAX_NUMBER_SCALE);
            }
            return value;
        }
    }

    /**
     * A collection read element by element that stops at its bound: the property's {@code @Size(max)}, else the
     * default. Anything that is not an array (null, a single value) is left to Jackson's own deserializer.
     */
    static final class BoundedCollection extends StdDeserializer<Object>
            implements ContextualDeserializer, ResolvableDeserializer {

        private final JsonDeserializer<?> delegate;
        private final int max;

        BoundedCollection(CollectionType type, JsonDeserializer<?> delegate, int max) {
            super(type);
            this.delegate = delegate;
            this.max = max;
        }

        @Override
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            if (delegate instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(ctxt);
            }
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c
                    ? c.createContextual(ctxt, property) : delegate;
            Size size = property == null ? null : property.getAnnotation(Size.class);
            int bound = size == null ? InputLimits.DEFAULT_MAX_LIST : Math.min(size.max(), InputLimits.DEFAULT_MAX_LIST);
            return new BoundedCollection((CollectionType) getValueType(), contextual, bound);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken() || !(delegate instanceof ContainerDeserializerBase<?> container)
                    || !(delegate instanceof ValueInstantiator.Gettable gettable)
                    || !gettable.getValueInstantiator().canCreateUsingDefault()) {
                return delegate.deserialize(p, ctxt);
            }
            JsonDeserializer<Object> elements = container.getContentDeserializer();
            if (elements == null) {
                elements = ctxt.findRootValueDeserializer(getValueType().getContentType());
            }
            Collection<Object> result = (Collection<Object>) gettable.getValueInstantiator().createUsingDefault(ctxt);
            JsonToken token;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
                if (result.size() == max) {
                    throw new LimitExceeded(p, "size must be between 0 and " + max);
                }
                try {
                    result.add(token == JsonToken.VALUE_NULL ? null : elements.deserialize(p, ctxt));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, result, result.size());
                }
            }
            return result;
        }
    }
}
