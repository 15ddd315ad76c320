declare module 'autocannon' {
  const autocannon: (options: Record<string, unknown>, callback: (error: Error | null, result: any) => void) => unknown;
  export default autocannon;
}
