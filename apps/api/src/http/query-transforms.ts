// Query strings carry text: only the words true and false become booleans, anything else fails IsBoolean.
export const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
