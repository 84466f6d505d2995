pub mod bodies;
