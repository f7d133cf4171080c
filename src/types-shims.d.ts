declare module 'irregular-plurals' {
  const plurals: Map<string, string>;
  export default plurals;
}
