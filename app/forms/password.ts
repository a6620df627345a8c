/** The shortest password the forms and the server's password policy accept (BIO/NCSC: 12 characters). */
export const PASSWORD_MIN = 12;
