// Shape checks for values coop reads back without trusting them: the parse cache, JSON.

export const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export const isString = (value: unknown): value is string => typeof value === 'string';

export const isOptionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

export const areStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
