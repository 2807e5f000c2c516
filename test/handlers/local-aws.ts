/** The loopback AWS servers and their helpers moved to scripts/lib/local-aws.ts (scripts use them too). */
export * from '../../scripts/lib/local-aws.ts';
