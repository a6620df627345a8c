/** The four roles of product.md. Plain data, so forms in the browser can list them without the schema. */
export const ROLES = ['coordinator', 'manager', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
