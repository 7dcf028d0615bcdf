package org.openbando.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A date (or date and time) whose year is within bounds: what the database stores and a document prints stays a
 * date people mean (year 999999999 is accepted by Java, refused by PostgreSQL). Null is valid.
 */
@PublicApi
@Documented
@Constraint(validatedBy = {YearBetween.ForDate.class, YearBetween.ForDateTime.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface YearBetween {

    int min() default 2000;

    int max() default 2100;

    String message() default "must be in the years {min} to {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of a {@link LocalDate}. */
    class ForDate implements ConstraintValidator<YearBetween, LocalDate> {
        private YearBetween bounds;

        @Override
        public void initialize(YearBetween bounds) {
            this.bounds = bounds;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (value.getYear() >= bounds.min() && value.getYear() <= bounds.max());
        }
    }

    /** The check of an {@link OffsetDateTime}, by its year at its own offset. */
    class ForDateTime implements ConstraintValidator<YearBetween, OffsetDateTime> {
        private YearBetween bounds;

        @Override
        public void initialize(YearBetween bounds) {
            this.bounds = bounds;
        }

        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return value == null || (value.getYear() >= bounds.min() && value.getYear() <= bounds.max());
        }
    }
}
