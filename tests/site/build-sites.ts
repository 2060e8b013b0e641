// Placeholder replaced below
export default async function setup() {}
